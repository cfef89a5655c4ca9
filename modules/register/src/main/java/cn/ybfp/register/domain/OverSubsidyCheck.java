package cn.ybfp.register.domain;

import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * Flags the "zero contribution" the documents forbid (杜绝"零缴费", 吉医保发〔2019〕52号 一（三）): a person outside the
 * full-subsidy classes whose subsidy covers the whole contribution.
 */
public final class OverSubsidyCheck {

    private OverSubsidyCheck() {}

    public static boolean isOverSubsidised(SubsidyPolicy policy, OptionalInt assistanceClass, BigDecimal subsidy) {
        return !policy.fullFor(assistanceClass)
                && subsidy.compareTo(policy.contribution()) >= 0
                && policy.contribution().signum() > 0;
    }
}
