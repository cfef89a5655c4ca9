package cn.ybfp.supervision.domain;

import cn.ybfp.kernel.Money;
import cn.ybfp.supervision.api.ReportField;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One county's (or a sum of counties') figures: the counts the modules gave, by key, and the form's fields read from
 * them, the rates worked out by their rules. A key nobody counted reads as zero.
 */
public final class ReportFigures {

    private final Map<String, BigDecimal> counts;

    public ReportFigures(Map<String, BigDecimal> counts) {
        this.counts = Map.copyOf(counts);
    }

    public static ReportFigures sum(Iterable<ReportFigures> parts) {
        Map<String, BigDecimal> total = new HashMap<>();
        for (ReportFigures part : parts) {
            part.counts.forEach((key, value) -> total.merge(key, value, BigDecimal::add));
        }
        return new ReportFigures(total);
    }

    public Map<String, BigDecimal> counts() {
        return counts;
    }

    /** The field's value; a rate is null when there is nothing to divide by. */
    public BigDecimal value(ReportField field) {
        return switch (field) {
            case BASIC_COVERAGE ->
                CoverageRates.basic(n(ReportField.TARGETS), n(ReportField.ENROLLED), n(ReportField.JUSTIFIED));
            case CRITICAL_ILLNESS_COVERAGE ->
                CoverageRates.criticalIllness(
                        n(ReportField.TARGETS), n(ReportField.ENROLLED), n(ReportField.JUSTIFIED));
            case ASSISTANCE_COVERAGE ->
                CoverageRates.assistance(
                        n(ReportField.ENROLLED), n(ReportField.FULL_SUBSIDY) + n(ReportField.FIXED_SUBSIDY));
            case SELF_PAY_SHARE ->
                InPolicySelfPayShare.percent(
                        count("claims.assisted.inPolicySelfPay"), count("claims.assisted.inPolicy"));
            case IN_COUNTY_RATIO ->
                InCountyInpatientRatio.percent(count("claims.inCountyBasic"), count("claims.inCountyInPolicy"));
            case ONE_STOP_RATE ->
                OneStopSettlementRate.percent(
                        count("claims.assisted.direct").longValue(),
                        count("claims.assisted").longValue());
            default -> field.format() == ReportField.Format.YUAN ? Money.round(count(field.key())) : count(field.key());
        };
    }

    private long n(ReportField field) {
        return count(field.key()).longValue();
    }

    private BigDecimal count(String key) {
        return counts.getOrDefault(key, BigDecimal.ZERO);
    }
}
