package cn.ybfp.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.supervision.api.ReportField;
import cn.ybfp.supervision.api.ReportStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticalReportTest {

    static final ReportPeriod Q3 = ReportPeriod.parse("2026-Q3").orElseThrow();
    static final LocalDateTime AT = LocalDateTime.of(2026, 10, 10, 9, 0);

    @Test
    void theSubmittedFiguresStayAsTheyWereWhateverHappensToTheCounts() {
        Map<String, BigDecimal> counts = new HashMap<>(Map.of("enrolment.targets", BigDecimal.valueOf(200)));
        StatisticalReport report = new StatisticalReport("220112", Q3, 1, new ReportFigures(counts), "xq", AT);
        counts.put("enrolment.targets", BigDecimal.valueOf(201));
        assertThat(report.frozen().value(ReportField.TARGETS)).isEqualByComparingTo("200");
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.stands()).isTrue();
    }

    @Test
    void aReturnedRoundNoLongerStandsAndCannotBeDecidedAgain() {
        StatisticalReport report = new StatisticalReport("220112", Q3, 1, new ReportFigures(Map.of()), "xq", AT);
        report.giveBack("sheng", AT.plusDays(1), "覆盖率与台账不符");
        assertThat(report.stands()).isFalse();
        assertThat(report.comment()).isEqualTo("覆盖率与台账不符");
        assertThatThrownBy(() -> report.accept("sheng", AT.plusDays(2))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAcceptedRoundStands() {
        StatisticalReport report = new StatisticalReport("220112", Q3, 2, new ReportFigures(Map.of()), "xq", AT);
        report.accept("sheng", AT.plusDays(1));
        assertThat(report.stands()).isTrue();
        assertThat(report.decidedBy()).isEqualTo("sheng");
    }

    @Test
    void onlyAQuarterIsSubmitted() {
        ReportPeriod july = ReportPeriod.parse("2026-07").orElseThrow();
        assertThatThrownBy(() -> new StatisticalReport("220112", july, 1, new ReportFigures(Map.of()), "xq", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
