package cn.ybfp.supervision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The in-county in-policy inpatient payment ratio (县域内政策范围内住院费用支付比例总体稳定在70%左右, 医保发〔2021〕10号
 * 三（五））: what basic insurance paid of the in-policy cost of inpatient claims at an institution of the person's own
 * county (the institution code holds its county), in percent with two decimals (half up). The goal is about 70 %.
 */
public final class InCountyInpatientRatio {

    public static final BigDecimal GOAL = BigDecimal.valueOf(70);

    private InCountyInpatientRatio() {}

    public static BigDecimal percent(BigDecimal basicPaid, BigDecimal inPolicy) {
        return Percent.of(basicPaid, inPolicy, 2, RoundingMode.HALF_UP);
    }
}
