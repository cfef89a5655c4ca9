package cn.ybfp.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CoverageRateTest {

    @Test
    void everyTargetCoveredIsTheGoal() {
        assertThat(CoverageRate.percent(6, 6)).isEqualTo("100.0");
    }

    @Test
    void theRateIsCutToOneDecimalNotRounded() {
        // 4 ÷ 6 = 66.666…% → 66.6 (rounding would say 66.7); 2 ÷ 3 the same
        assertThat(CoverageRate.percent(4, 6)).hasToString("66.6");
        assertThat(CoverageRate.percent(2, 3)).hasToString("66.6");
        // 1 ÷ 8 = 12.5% exactly
        assertThat(CoverageRate.percent(1, 8)).hasToString("12.5");
        assertThat(CoverageRate.percent(0, 1)).hasToString("0.0");
    }

    @Test
    void oneOpenCaseKeepsTheRateBelowTheGoal() {
        // 1,999 ÷ 2,000 = 99.95% and 9,999 ÷ 10,000 = 99.99%: both would round to 100.0
        assertThat(CoverageRate.percent(1_999, 2_000)).hasToString("99.9");
        assertThat(CoverageRate.percent(9_999, 10_000)).hasToString("99.9");
    }

    @Test
    void withoutTargetsThereIsNoRate() {
        assertThat(CoverageRate.percent(0, 0)).isNull();
    }

    @Test
    void moreCoveredThanTargetsIsAnError() {
        assertThatThrownBy(() -> CoverageRate.percent(7, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CoverageRate.percent(-1, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
