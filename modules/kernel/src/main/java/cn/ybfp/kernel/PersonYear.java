package cn.ybfp.kernel;

/**
 * A person's year: the identity of the aggregates that serialise a person's work of one year (the claims settled,
 * the applications submitted), used as their {@code @IdClass}.
 */
public record PersonYear(long personId, int year) {}
