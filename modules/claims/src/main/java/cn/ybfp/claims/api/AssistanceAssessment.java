package cn.ybfp.claims.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The assistance an application's costs give under a scheme and class, by the settlement engine: per cost its
 * assistance (medical and tilted) and the rule lines, then what is still due after what was already paid.
 */
public record AssistanceAssessment(
        String schemeId,
        String schemeName,
        Integer assistanceClass,
        List<Item> items,
        BigDecimal assistance,
        BigDecimal alreadyPaid,
        BigDecimal due) {

    public AssistanceAssessment {
        items = List.copyOf(items);
    }

    /** One cost with what the engine gives for it. */
    public record Item(String label, BigDecimal inPolicy, BigDecimal assistance, List<String> lines) {

        public Item {
            lines = List.copyOf(lines);
        }
    }
}
