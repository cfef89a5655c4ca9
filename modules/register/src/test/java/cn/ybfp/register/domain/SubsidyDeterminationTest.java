package cn.ybfp.register.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.register.api.SubsidyType;
import java.math.BigDecimal;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo policy of 2021: contribution 320.00; class 1 in full; classes 2 and 3 a fixed 180.00. */
class SubsidyDeterminationTest {

    static final SubsidyPolicy DEMO_2021 = new SubsidyPolicy(
            2021, "220100", new BigDecimal("320.00"), Set.of(1), Set.of(2, 3), new BigDecimal("180.00"));

    @Test
    void classOneIsSubsidisedInFull() {
        assertThat(SubsidyDetermination.of(DEMO_2021, OptionalInt.of(1)))
                .isEqualTo(new SubsidyDetermination.Subsidy(SubsidyType.FULL, new BigDecimal("320.00")));
    }

    @Test
    void classesTwoAndThreeGetTheFixedAmountAndPayTheRest() {
        // 320.00 − 180.00 = 140.00 left for the person to pay
        var subsidy = SubsidyDetermination.of(DEMO_2021, OptionalInt.of(3));
        assertThat(subsidy).isEqualTo(new SubsidyDetermination.Subsidy(SubsidyType.FIXED, new BigDecimal("180.00")));
        assertThat(DEMO_2021.contribution().subtract(subsidy.amount())).isEqualByComparingTo("140.00");
    }

    @Test
    void classFourAndNoClassGetNothing() {
        assertThat(SubsidyDetermination.of(DEMO_2021, OptionalInt.of(4)).amount())
                .isEqualByComparingTo("0.00");
        assertThat(SubsidyDetermination.of(DEMO_2021, OptionalInt.empty()).type())
                .isEqualTo(SubsidyType.NONE);
    }

    @Test
    void aFixedAmountAboveTheContributionIsCutToIt() {
        // a policy whose fixed 400.00 exceeds the 320.00 contribution pays 320.00, never more than due
        var generous = new SubsidyPolicy(
                2021, "220100", new BigDecimal("320.00"), Set.of(1), Set.of(2), new BigDecimal("400.00"));
        assertThat(SubsidyDetermination.of(generous, OptionalInt.of(2)).amount())
                .isEqualByComparingTo("320.00");
    }

    @Test
    void flagsZeroContributionOutsideTheFullSubsidyClasses() {
        assertThat(OverSubsidyCheck.isOverSubsidised(DEMO_2021, OptionalInt.of(1), new BigDecimal("320.00")))
                .isFalse();
        assertThat(OverSubsidyCheck.isOverSubsidised(DEMO_2021, OptionalInt.of(2), new BigDecimal("180.00")))
                .isFalse();
        assertThat(OverSubsidyCheck.isOverSubsidised(DEMO_2021, OptionalInt.of(2), new BigDecimal("320.00")))
                .isTrue();
        assertThat(OverSubsidyCheck.isOverSubsidised(DEMO_2021, OptionalInt.empty(), new BigDecimal("320.00")))
                .isTrue();
    }
}
