package cn.ybfp.kernel.figures;

import java.math.BigDecimal;

/**
 * One figure of one county: {@code key} is the report form's field ({@code applications.received}), the value a
 * count or an amount in yuan.
 */
public record ReportCount(String county, String key, BigDecimal value) {

    public static ReportCount of(String county, String key, Number value) {
        return new ReportCount(
                county,
                key,
                value instanceof BigDecimal d ? d : new BigDecimal(value == null ? "0" : value.toString()));
    }
}
