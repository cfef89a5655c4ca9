package cn.ybfp.supervision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The three coverage rates of the poor, each with the goal 100 % (贫困人口基本医保、大病保险、医疗救助覆盖率分别达到
 * 100%, 鲁医保发〔2019〕69号 一（二）). Cut, not rounded, to one decimal: the goal reads as met only when nobody is
 * missing (1,999 of 2,000 is 99.9 %).
 * <ul>
 * <li>basic insurance: (enrolled + justified) ÷ targets, as the write-off counts it (the justified are insured
 * elsewhere, in the army, in prison: 鲁医保发〔2019〕69号 三（五）);</li>
 * <li>critical illness: enrolled ÷ (targets − justified): critical-illness insurance comes with the resident basic
 * insurance, and the justified are outside it;</li>
 * <li>medical assistance: enrolled with the contribution subsidised (full or fixed) ÷ enrolled: subsidised enrolment
 * is the assistance every target receives before any claim (资助参保).</li>
 * </ul>
 */
public final class CoverageRates {

    private CoverageRates() {}

    public static BigDecimal basic(long targets, long enrolled, long justified) {
        return cut(enrolled + justified, targets);
    }

    public static BigDecimal criticalIllness(long targets, long enrolled, long justified) {
        return cut(enrolled, targets - justified);
    }

    public static BigDecimal assistance(long enrolled, long subsidised) {
        return cut(subsidised, enrolled);
    }

    private static BigDecimal cut(long part, long whole) {
        return Percent.of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole), 1, RoundingMode.DOWN);
    }
}
