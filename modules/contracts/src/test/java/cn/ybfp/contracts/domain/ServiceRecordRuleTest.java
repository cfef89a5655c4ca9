package cn.ybfp.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ServiceRecordRuleTest {

    private final ContractYear year = new ContractYear(LocalDate.parse("2026-01-10"), LocalDate.parse("2026-05-31"));
    private final LocalDate today = LocalDate.parse("2026-12-06");

    @Test
    void aRecordCountsOnlyInsideTheContractByItsTeamOncePerTypeAndDay() {
        assertThat(ServiceRecordRule.refusal(year, LocalDate.parse("2026-03-01"), today, true, false))
                .isEmpty();
        assertThat(ServiceRecordRule.refusal(year, LocalDate.parse("2026-01-09"), today, true, false))
                .contains("record.outsideContract");
        assertThat(ServiceRecordRule.refusal(year, LocalDate.parse("2026-06-01"), today, true, false))
                .contains("record.outsideContract"); // ended early
        assertThat(ServiceRecordRule.refusal(year, LocalDate.parse("2026-03-01"), today, false, false))
                .contains("record.notMember");
        assertThat(ServiceRecordRule.refusal(year, LocalDate.parse("2026-03-01"), today, true, true))
                .contains("record.repeated");
        assertThat(ServiceRecordRule.refusal(new ContractYear(today, null), today.plusDays(1), today, true, false))
                .contains("record.future");
    }

    @Test
    void quartersAreWrittenAndReadAsTheRunsNameThem() {
        assertThat(Quarter.parse("2026q3")).isEqualTo(new Quarter(2026, 3));
        assertThat(new Quarter(2026, 3).firstDay()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(new Quarter(2026, 4).lastDay()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(Quarter.of(LocalDate.parse("2026-02-15")).toString()).isEqualTo("2026Q1");
    }
}
