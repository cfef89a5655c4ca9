package cn.ybfp.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.monitoring.api.WarningKind;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HighCostWarningRuleTest {

    /** The demo's Jilin 2026: 30,000 yuan of last year's disposable income, 25 % and 50 %. */
    static final Parameters JILIN_2026 = new Parameters(new BigDecimal("30000.00"), 25, 50, 30, 15, 150);

    @Test
    void theThresholdsAreTheSharesOfLastYearsIncome() {
        // 30,000 × 25 % = 7,500; 30,000 × 50 % = 15,000
        assertThat(HighCostWarningRule.threshold(JILIN_2026, WarningKind.RELAPSE))
                .isEqualByComparingTo("7500.00");
        assertThat(HighCostWarningRule.threshold(JILIN_2026, WarningKind.IMPOVERISHMENT))
                .isEqualByComparingTo("15000.00");
        // 28,765.43 × 25 % = 7,191.3575 → 7,191.36 (half up, to the fen)
        var odd = new Parameters(new BigDecimal("28765.43"), 25, 50, 30, 15, 150);
        assertThat(HighCostWarningRule.threshold(odd, WarningKind.RELAPSE)).isEqualTo(new BigDecimal("7191.36"));
    }

    @Test
    void aBurdenExactlyAtTheThresholdRaisesTheWarningAFenLessDoesNot() {
        assertThat(HighCostWarningRule.reaches(new BigDecimal("7500.00"), new BigDecimal("7500.00")))
                .isTrue();
        assertThat(HighCostWarningRule.reaches(new BigDecimal("7499.99"), new BigDecimal("7500.00")))
                .isFalse();
        assertThat(HighCostWarningRule.reaches(new BigDecimal("15000.01"), new BigDecimal("15000.00")))
                .isTrue();
    }

    @Test
    void whoIsWatchedForWhichWarning() {
        assertThat(HighCostWarningRule.watchedFor(Set.of())).contains(WarningKind.IMPOVERISHMENT);
        assertThat(HighCostWarningRule.watchedFor(Set.of(AssistanceCategory.STABLE_LIFTED)))
                .contains(WarningKind.RELAPSE);
        assertThat(HighCostWarningRule.watchedFor(Set.of(AssistanceCategory.MONITORED_AT_RISK)))
                .contains(WarningKind.RELAPSE);
        assertThat(HighCostWarningRule.watchedFor(
                        Set.of(AssistanceCategory.MARGINAL_LOW_INCOME, AssistanceCategory.SEVERELY_DISABLED)))
                .contains(WarningKind.RELAPSE);
        // assisted already: a 低保 person or a 特困 person is not watched
        assertThat(HighCostWarningRule.watchedFor(Set.of(AssistanceCategory.LOW_INCOME_GUARANTEE)))
                .isEmpty();
        assertThat(HighCostWarningRule.watchedFor(Set.of(AssistanceCategory.EXTREMELY_POOR)))
                .isEmpty();
    }
}
