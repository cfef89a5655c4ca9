package cn.ybfp.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.ClaimSettled;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.monitoring.api.WarningKind;
import cn.ybfp.monitoring.api.WarningStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class HighCostWarningTest {

    private static final LocalDate RAISED = LocalDate.of(2026, 3, 10);

    public static MonitoredClaim claim(long id, ClaimKind kind, LocalDate admitted, LocalDate date, String hospital) {
        return new MonitoredClaim(new ClaimSettled(
                id,
                "JS" + id,
                7L,
                "王秀兰",
                "220112********1234",
                DivisionCode.of("220112001"),
                DivisionCode.of("220100"),
                Set.of(AssistanceCategory.STABLE_LIFTED),
                kind,
                date,
                admitted,
                hospital,
                2,
                new BigDecimal("10000.00"),
                new BigDecimal("300.00"),
                new BigDecimal("8000.00")));
    }

    private static HighCostWarning raised() {
        var claim = claim(1, ClaimKind.INPATIENT, RAISED.minusDays(9), RAISED, "双阳区医院");
        return new HighCostWarning(
                claim, 2026, WarningKind.RELAPSE, new BigDecimal("7500.00"), new BigDecimal("8000.00"), RAISED);
    }

    @Test
    void aReversalBelowTheThresholdWithdrawsItAndANewClaimOverItRaisesItAgain() {
        HighCostWarning warning = raised();
        warning.burdenNow(new BigDecimal("7500.00"), RAISED.plusDays(1)); // still at it
        assertThat(warning.status()).isEqualTo(WarningStatus.RAISED);
        warning.burdenNow(new BigDecimal("7499.99"), RAISED.plusDays(2));
        assertThat(warning.status()).isEqualTo(WarningStatus.WITHDRAWN);
        assertThat(warning.closedOn()).isEqualTo(RAISED.plusDays(2));
        warning.burdenNow(new BigDecimal("9000.00"), RAISED.plusDays(5));
        assertThat(warning.status()).isEqualTo(WarningStatus.RAISED);
        assertThat(warning.burden()).isEqualByComparingTo("9000.00");
        assertThat(warning.closedOn()).isNull();
    }

    @Test
    void anAnsweredWarningIsNotWithdrawnByALaterReversal() {
        HighCostWarning warning = raised();
        warning.pushed(1, RAISED.plusDays(1));
        warning.notRecognised("家庭收入超过低保边缘标准", RAISED.plusDays(20));
        warning.burdenNow(new BigDecimal("100.00"), RAISED.plusDays(30));
        assertThat(warning.status()).isEqualTo(WarningStatus.NOT_RECOGNISED);
        assertThat(warning.burden()).isEqualByComparingTo("8000.00");
    }

    @Test
    void aPushedWarningIsOverdueTheDayAfterItsDaysRunOut() {
        HighCostWarning warning = raised();
        assertThat(warning.isOverdue(RAISED.plusDays(100), 30)).isFalse(); // not pushed
        warning.pushed(1, LocalDate.of(2026, 4, 1));
        assertThat(warning.isOverdue(LocalDate.of(2026, 5, 1), 30)).isFalse(); // day 30
        assertThat(warning.isOverdue(LocalDate.of(2026, 5, 2), 30)).isTrue(); // day 31
        assertThatThrownBy(() -> warning.pushed(2, LocalDate.of(2026, 5, 2))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAPushedWarningIsAnswered() {
        HighCostWarning warning = raised();
        assertThatThrownBy(() ->
                        warning.assisted(AssistanceCategory.LOW_INCOME_GUARANTEE, "双民发〔2026〕3号", RAISED, 5, RAISED))
                .isInstanceOf(IllegalStateException.class);
        warning.pushed(1, RAISED);
        warning.assisted(AssistanceCategory.LOW_INCOME_GUARANTEE, "双民发〔2026〕3号", RAISED, 5, RAISED.plusDays(9));
        assertThat(warning.status()).isEqualTo(WarningStatus.ASSISTED);
        assertThat(warning.caseId()).isEqualTo(5L);
        assertThat(warning.isOpen()).isFalse();
    }
}
