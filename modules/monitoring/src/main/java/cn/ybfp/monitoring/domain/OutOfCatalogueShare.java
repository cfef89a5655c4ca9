package cn.ybfp.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The out-of-catalogue share (目录外费用占比, 云医保〔2020〕128号 （五）: 建档立卡贫困患者在一级医疗机构、二级医疗机构、三级
 * 医疗机构住院医保报销范围外的医疗费用，分别不得超出医疗总费用的 1%、2%、3%): per institution and year, the out-of-policy
 * cost of target people's inpatient claims divided by their total cost, in per cent to 0.01 half up, against the
 * limit of the institution's level. It is a check on the institution in aggregate: the same clause forbids deducting
 * it claim by claim (避免简单按单人单次进行审核扣款), so no bill changes.
 */
public final class OutOfCatalogueShare {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OutOfCatalogueShare() {}

    /** The share in per cent; 0.00 when there is no cost. */
    public static BigDecimal percent(BigDecimal outOfPolicy, BigDecimal total) {
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return outOfPolicy.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
    }

    /** The limit of a level 1, 2 or 3 institution in per cent; empty for an institution of no level. */
    public static Optional<BigDecimal> limitPercent(Integer level) {
        if (level == null || level < 1 || level > 3) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(level).setScale(2));
    }

    /** Points over the limit (negative when under it); empty when there is no limit. */
    public static Optional<BigDecimal> over(BigDecimal outOfPolicy, BigDecimal total, Integer level) {
        BigDecimal share = percent(outOfPolicy, total);
        return limitPercent(level).map(share::subtract);
    }
}
