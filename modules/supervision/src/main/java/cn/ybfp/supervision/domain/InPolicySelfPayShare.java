package cn.ybfp.supervision.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The in-policy self-pay share of assisted people (政策范围内个人自付比例, 吉政办发〔2022〕16号 四（六））: of the in-policy
 * cost of the claims of people with an assistance class, what basic insurance, critical illness, assistance, tilted
 * assistance and re-assistance left to the person, in percent with two decimals (half up). Out-of-policy cost and
 * what a hospital waived are not in it: the share measures the public layers.
 */
public final class InPolicySelfPayShare {

    private InPolicySelfPayShare() {}

    public static BigDecimal percent(BigDecimal selfPaid, BigDecimal inPolicy) {
        return Percent.of(selfPaid, inPolicy, 2, RoundingMode.HALF_UP);
    }
}
