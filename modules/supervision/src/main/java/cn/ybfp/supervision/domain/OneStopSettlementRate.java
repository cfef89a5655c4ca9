package cn.ybfp.supervision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one-stop settlement rate (进一步提高省域内"一站式"结算率, 云医保〔2020〕128号 二（五））: of the assisted people's claims,
 * the share the hospital settled at discharge through the portal's API, all layers in one bill, rather than a clerk
 * at the insurance office's window afterwards; in percent with two decimals (half up).
 */
public final class OneStopSettlementRate {

    private OneStopSettlementRate() {}

    public static BigDecimal percent(long direct, long claims) {
        return Percent.of(BigDecimal.valueOf(direct), BigDecimal.valueOf(claims), 2, RoundingMode.HALF_UP);
    }
}
