package cn.ybfp.claims.application;

import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.register.api.InsuredPerson;
import java.math.BigDecimal;
import java.util.List;

/**
 * A person's year of settlement: the accumulators of the claims that stand, the caps they count against, and every
 * claim of the year (reversed ones marked).
 *
 * @param limits null before the first claim of the year
 */
public record YearAccountView(
        InsuredPerson person, int year, YearTotals totals, Limits limits, List<ClaimDetail> claims) {

    /** What the year's accumulators count against, under the latest claim's scheme and class. */
    public record Limits(
            String schemeName,
            Integer assistanceClass,
            BigDecimal basicInpatientCap,
            BigDecimal assistanceDeductible,
            BigDecimal assistanceLimit) {

        public BigDecimal assistanceLeft(YearTotals totals) {
            return assistanceLimit == null
                    ? null
                    : assistanceLimit.subtract(totals.assistancePaid()).max(BigDecimal.ZERO);
        }
    }
}
