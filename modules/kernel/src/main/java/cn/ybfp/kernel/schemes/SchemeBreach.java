package cn.ybfp.kernel.schemes;

/**
 * A scheme's parameter outside the province's bounds: the rule's key ({@code class2.ratio}), the clause it comes from,
 * the parameter's path and value, the bound in words, and whether it is a floor (under-protection: the scheme cannot
 * be saved) or a warning the supervisor signs off with a reason.
 */
public record SchemeBreach(String rule, String clause, String path, String value, String bound, boolean floor) {}
