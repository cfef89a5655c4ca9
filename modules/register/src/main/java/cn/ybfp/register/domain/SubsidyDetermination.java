package cn.ybfp.register.domain;

import cn.ybfp.kernel.Money;
import cn.ybfp.register.api.SubsidyType;
import java.math.BigDecimal;
import java.util.OptionalInt;

/**
 * How much of the contribution the state pays: all of it for the full-subsidy classes, the fixed amount (never more
 * than the contribution) for the fixed-subsidy classes, nothing otherwise (吉医保发〔2019〕52号 一（三）: 全额资助特困人员，
 * 定额资助其他贫困人口；云医保〔2020〕128号 二（二）: 每人每年180元). Decided once, when the enrolment is recorded: a category
 * that ends later in the year does not take back a subsidy already paid.
 */
public final class SubsidyDetermination {

    private SubsidyDetermination() {}

    public static Subsidy of(SubsidyPolicy policy, OptionalInt assistanceClass) {
        SubsidyType type = policy.typeFor(assistanceClass);
        BigDecimal amount = switch (type) {
            case FULL -> policy.contribution();
            case FIXED -> policy.fixedAmount().min(policy.contribution());
            case NONE -> Money.ZERO;
        };
        return new Subsidy(type, Money.round(amount));
    }

    /** No subsidy: for a year in which the person did not enrol. */
    public static Subsidy none() {
        return new Subsidy(SubsidyType.NONE, Money.ZERO);
    }

    /** The subsidy decided for one enrolment. */
    public record Subsidy(SubsidyType type, BigDecimal amount) {}
}
