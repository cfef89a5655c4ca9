package cn.ybfp.supervision.application;

import cn.ybfp.supervision.api.ReportField;
import cn.ybfp.supervision.api.ReportStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A report as a page shows it: the total first, then a row per county (a county user sees its own only), the
 * months of the year for the charts, and the corrections to the previous quarter's frozen figures.
 */
public record ReportView(
        String period,
        boolean quarterly,
        String within,
        List<Row> rows,
        List<Month> months,
        List<Correction> corrections,
        List<Round> rounds) {

    /** A county's figures (or the total's, {@code county} null): frozen when a round stands for the quarter. */
    public record Row(String county, String name, Map<ReportField, BigDecimal> values, Round round) {

        public BigDecimal value(ReportField field) {
            return values.get(field);
        }
    }

    /** One month of the year: what each layer paid, and the assisted people's in-policy self-pay share. */
    public record Month(
            String month,
            BigDecimal basic,
            BigDecimal criticalIllness,
            BigDecimal assistance,
            BigDecimal tilted,
            BigDecimal reassistance,
            BigDecimal selfPayShare) {}

    /** A figure of the previous quarter that the data no longer agrees with since it was submitted. */
    public record Correction(String county, String name, ReportField field, BigDecimal submitted, BigDecimal now) {

        public BigDecimal difference() {
            return now.subtract(submitted);
        }
    }

    /** A submission of a county's quarter. */
    public record Round(
            long id,
            String county,
            String name,
            int number,
            ReportStatus status,
            String submittedBy,
            LocalDateTime submittedAt,
            String decidedBy,
            LocalDateTime decidedAt,
            String comment,
            long version) {}

    /** The total row. */
    public Row total() {
        return rows.get(0);
    }
}
