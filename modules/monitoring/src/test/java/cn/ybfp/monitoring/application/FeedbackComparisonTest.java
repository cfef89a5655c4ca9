package cn.ybfp.monitoring.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.monitoring.api.FeedbackOutcome;
import cn.ybfp.monitoring.api.WarningKind;
import cn.ybfp.monitoring.domain.FeedbackLine;
import cn.ybfp.monitoring.domain.HighCostWarning;
import cn.ybfp.monitoring.domain.HighCostWarningTest;
import cn.ybfp.monitoring.domain.WarningFeedback.Comparison;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FeedbackComparisonTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 4, 20);
    private static final String ID = "220112195001010013";

    private static HighCostWarning pushed() {
        var claim = HighCostWarningTest.claim(
                1, ClaimKind.INPATIENT, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10), "双阳区医院");
        var warning = new HighCostWarning(
                claim, 2026, WarningKind.RELAPSE, new BigDecimal("7500.00"), new BigDecimal("8000.00"), TODAY);
        warning.pushed(1, TODAY.minusDays(10));
        return warning;
    }

    private static FeedbackLine line(
            long n, String result, String category, String document, String from, String reason) {
        return new FeedbackLine(n, "YJ000001", ID, "王秀兰", result, category, document, from, reason);
    }

    private static Comparison compare(FeedbackLine line) {
        return new FeedbackComparison().compare(line, pushed(), ID, TODAY);
    }

    @Test
    void aRecognitionNeedsItsCategoryDocumentAndDay() {
        assertThat(compare(line(2, "认定", "低保对象", "双民发〔2026〕3号", "2026-04-01", null))
                        .outcome())
                .isEqualTo(FeedbackOutcome.RECOGNISED);
        assertThat(compare(line(2, "已认定", "低保边缘", "双民发〔2026〕3号", "2026-04-01", null))
                        .outcome())
                .isEqualTo(FeedbackOutcome.RECOGNISED);
        assertThat(compare(line(2, "认定", "重度残疾人", "文号", "2026-04-01", null)).problem())
                .contains("认定类别");
        assertThat(compare(line(2, "认定", "低保对象", " ", "2026-04-01", null)).problem())
                .contains("认定文号");
        assertThat(compare(line(2, "认定", "低保对象", "文号", "2026/04/01", null)).problem())
                .contains("认定日期");
        assertThat(compare(line(2, "认定", "低保对象", "文号", "2026-04-21", null)).problem())
                .contains("不能晚于今天");
    }

    @Test
    void aRefusalNeedsItsReasonAndAnythingElseIsSentBack() {
        assertThat(compare(line(2, "不予认定", null, null, null, "家庭收入超标")).outcome())
                .isEqualTo(FeedbackOutcome.NOT_RECOGNISED);
        assertThat(compare(line(2, "不予认定", null, null, null, "")).problem()).contains("未认定原因");
        assertThat(compare(line(2, "待定", null, null, null, null)).problem()).contains("认定结果");
    }

    @Test
    void theWarningMustBeTheCountysPushedOneForThatPersonOnceInTheFile() {
        var comparison = new FeedbackComparison();
        var ok = line(2, "不予认定", null, null, null, "收入超标");
        assertThat(comparison.compare(ok, null, null, TODAY).problem()).contains("不属本县");
        assertThat(comparison.compare(ok, pushed(), "220112195001010021", TODAY).problem())
                .contains("身份证号");
        var again = new FeedbackComparison();
        assertThat(again.compare(ok, pushed(), ID, TODAY).outcome()).isEqualTo(FeedbackOutcome.NOT_RECOGNISED);
        assertThat(again.compare(line(3, "不予认定", null, null, null, "收入超标"), pushed(), ID, TODAY)
                        .problem())
                .contains("第 2 行");
        var raised = new HighCostWarning(
                HighCostWarningTest.claim(1, ClaimKind.INPATIENT, TODAY, TODAY, "医院"),
                2026,
                WarningKind.RELAPSE,
                BigDecimal.ONE,
                BigDecimal.TEN,
                TODAY);
        assertThat(new FeedbackComparison().compare(ok, raised, ID, TODAY).problem())
                .contains("新预警，待推送");
    }
}
