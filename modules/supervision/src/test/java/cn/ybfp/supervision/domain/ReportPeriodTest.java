package cn.ybfp.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void aQuarterRunsFromItsFirstMonthsFirstDayToItsLastMonthsLastDay() {
        ReportPeriod q3 = ReportPeriod.parse("2026-Q3").orElseThrow();
        assertThat(q3.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(q3.to()).isEqualTo(LocalDate.of(2026, 9, 30));
        ReportPeriod february = ReportPeriod.parse("2028-02").orElseThrow();
        assertThat(february.to()).isEqualTo(LocalDate.of(2028, 2, 29)); // a leap year
        assertThat(february.quarterly()).isFalse();
    }

    @Test
    void theReportedQuarterIsTheLastFinishedOne() {
        assertThat(ReportPeriod.lastQuarter(LocalDate.of(2026, 12, 6))).hasToString("2026-Q3");
        assertThat(ReportPeriod.lastQuarter(LocalDate.of(2026, 10, 1))).hasToString("2026-Q3");
        assertThat(ReportPeriod.lastQuarter(LocalDate.of(2026, 9, 30))).hasToString("2026-Q2");
        assertThat(ReportPeriod.lastQuarter(LocalDate.of(2027, 1, 15))).hasToString("2026-Q4");
    }

    @Test
    void thePreviousPeriodCrossesTheYear() {
        assertThat(ReportPeriod.parse("2027-Q1").orElseThrow().previous()).hasToString("2026-Q4");
        assertThat(ReportPeriod.parse("2027-01").orElseThrow().previous()).hasToString("2026-12");
        assertThat(ReportPeriod.parse("2026-Q3").orElseThrow().previous()).hasToString("2026-Q2");
    }

    @Test
    void theTrendShowsTheYearsMonthsUpToThePeriod() {
        assertThat(ReportPeriod.parse("2026-Q2").orElseThrow().monthsOfYear())
                .containsExactly(
                        YearMonth.of(2026, 1),
                        YearMonth.of(2026, 2),
                        YearMonth.of(2026, 3),
                        YearMonth.of(2026, 4),
                        YearMonth.of(2026, 5),
                        YearMonth.of(2026, 6));
    }

    @Test
    void aTextThatNamesNoPeriodIsRefused() {
        assertThat(ReportPeriod.parse("2026-Q5")).isEmpty();
        assertThat(ReportPeriod.parse("2026-13")).isEmpty();
        assertThat(ReportPeriod.parse("2026-7")).isEmpty();
        assertThat(ReportPeriod.parse(null)).isEmpty();
        assertThat(ReportPeriod.parse(" 2026-Q1 ")).isPresent();
    }
}
