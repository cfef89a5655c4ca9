package cn.ybfp.claims.domain;

import cn.ybfp.kernel.Money;
import java.math.BigDecimal;

/**
 * A computed payment held to what is left of a yearly cap (封顶线 / 年度限额), with the note for the rule line when
 * the cap bites.
 *
 * @param cap {@code null} when there is no cap
 */
record Capped(BigDecimal amount, BigDecimal cap, BigDecimal remaining, boolean hit) {

    static Capped of(BigDecimal computed, BigDecimal cap, BigDecimal paidThisYear) {
        if (cap == null) {
            return new Capped(computed, null, null, false);
        }
        BigDecimal remaining = Money.max(Money.ZERO, cap.subtract(paidThisYear));
        return computed.compareTo(remaining) > 0
                ? new Capped(remaining, cap, remaining, true)
                : new Capped(computed, cap, remaining, false);
    }

    /** "（已达年度救助限额 30,000.00 元，本年剩余 1,200.00 元）", or nothing when the cap did not bite. */
    String note(String capName) {
        return hit ? "（已达" + capName + " " + Texts.yuan(cap) + "，本年剩余 " + Texts.yuan(remaining) + "）" : "";
    }
}
