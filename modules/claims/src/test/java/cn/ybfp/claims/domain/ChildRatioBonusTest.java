package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChildRatioBonusTest {

    private static final Scheme.ChildBonus FOURTEEN = new Scheme.ChildBonus(14, yuan("0.10"));

    @Test
    void raisesTheRatioUpToAndIncludingTheAgeLimit() {
        assertThat(ChildRatioBonus.apply(yuan("0.70"), 0, FOURTEEN)).isEqualByComparingTo("0.80");
        assertThat(ChildRatioBonus.apply(yuan("0.70"), 14, FOURTEEN)).isEqualByComparingTo("0.80");
        assertThat(ChildRatioBonus.apply(yuan("0.70"), 15, FOURTEEN)).isEqualByComparingTo("0.70");
    }

    @Test
    void neverAboveOne() {
        // class 1 pays 100%: 1.00 + 0.10 stays 1.00; 0.95 + 0.10 = 1.05 is held to 1.00
        assertThat(ChildRatioBonus.apply(yuan("1.00"), 5, FOURTEEN)).isEqualByComparingTo("1.00");
        assertThat(ChildRatioBonus.apply(yuan("0.95"), 5, FOURTEEN)).isEqualByComparingTo("1.00");
    }

    @Test
    void noBonusOnARatioOfZeroOrWithoutTheRule() {
        assertThat(ChildRatioBonus.apply(yuan("0"), 5, FOURTEEN)).isEqualByComparingTo("0");
        assertThat(ChildRatioBonus.apply(yuan("0.70"), 5, null)).isEqualByComparingTo("0.70");
    }
}
