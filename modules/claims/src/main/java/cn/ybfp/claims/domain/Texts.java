package cn.ybfp.claims.domain;

import cn.ybfp.kernel.Money;
import java.math.BigDecimal;
import java.util.List;

/** How amounts, ratios and classes read in the Chinese rule lines of a bill. */
final class Texts {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private Texts() {}

    /**
     * "12,000.00 元". {@code concat} sizes the result once; the module compiles {@code +} to a {@code StringBuilder}
     * (see its pom), which would grow (and copy) when the Chinese character widens it.
     */
    static String yuan(BigDecimal amount) {
        return Money.format(amount).concat(" 元");
    }

    /** "65%", "7.5%": a ratio as a percentage without trailing zeros. */
    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).stripTrailingZeros().toPlainString().concat("%");
    }

    /**
     * "，超过 10,000.00 元的部分按 50% 救助" for the one-segment layers, or "，未超过 10,000.00 元" when the year's
     * total has not passed the threshold.
     */
    static String aboveThreshold(
            List<SegmentTable.Portion> portions, BigDecimal threshold, BigDecimal ratio, String verb) {
        return portions.isEmpty()
                ? "，未超过 " + yuan(threshold)
                : "，超过 " + yuan(threshold) + "的部分按 " + percent(ratio) + " " + verb;
    }

    /** "一", "二", … for classes (一类) and segments (第一段); numbers past ten stay digits. */
    static String numeral(int n) {
        return n >= 1 && n <= NUMERALS.length ? NUMERALS[n - 1] : Integer.toString(n);
    }
}
