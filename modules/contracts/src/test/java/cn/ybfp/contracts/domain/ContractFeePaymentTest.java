package cn.ybfp.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.contracts.api.LineKind;
import cn.ybfp.contracts.api.PaymentRule;
import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.domain.ContractFeePayment.Obligation;
import cn.ybfp.contracts.domain.ContractFeePayment.Outcome;
import cn.ybfp.contracts.domain.QuarterlyPayment.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo's two packages (Jilin 2026), worked by hand. */
class ContractFeePaymentTest {

    /** 基础包: 120 = fund 40 + public health 70 + resident 10; one health assessment a year; the fund's 40 once. */
    static final PackageTerms BASIC = new PackageTerms(
            new BigDecimal("120.00"),
            new BigDecimal("40.00"),
            new BigDecimal("70.00"),
            new BigDecimal("10.00"),
            ServiceType.HEALTH_ASSESSMENT,
            1,
            PaymentRule.ONCE_WHEN_MET,
            new BigDecimal("40.00"));

    /** 慢病管理包: 200 = 100 + 70 + 30; a chronic follow-up each contract quarter; the fund's 25 per quarter served. */
    static final PackageTerms CHRONIC = new PackageTerms(
            new BigDecimal("200.00"),
            new BigDecimal("100.00"),
            new BigDecimal("70.00"),
            new BigDecimal("30.00"),
            ServiceType.CHRONIC_FOLLOW_UP,
            1,
            PaymentRule.EACH_CONTRACT_QUARTER,
            new BigDecimal("25.00"));

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aChronicContractSignedMidQuarterCountsItsQuartersFromTheSigningDayAndAMissedQuarterPaysNothing() {
        // signed 15 Feb: contract quarters 15 Feb–14 May, 15 May–14 Aug, 15 Aug–14 Nov, 15 Nov–14 Feb
        var year = new ContractYear(d("2026-02-15"), null);
        var followUps = List.of(d("2026-03-10"), d("2026-04-20"), d("2026-06-01"), d("2026-12-01"));

        List<Obligation> atYearEnd = ContractFeePayment.assess(CHRONIC, year, followUps, d("2027-02-14"));

        assertThat(atYearEnd)
                .extracting(Obligation::key, Obligation::outcome, Obligation::metOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Q1", Outcome.MET, d("2026-03-10")),
                        org.assertj.core.groups.Tuple.tuple("Q2", Outcome.MET, d("2026-06-01")),
                        org.assertj.core.groups.Tuple.tuple("Q3", Outcome.MISSED, null),
                        org.assertj.core.groups.Tuple.tuple("Q4", Outcome.MET, d("2026-12-01")));
        assertThat(atYearEnd.get(2).period()).isEqualTo(new ContractYear.Period(d("2026-08-15"), d("2026-11-14")));
        // 3 quarters served × 25 = 75.00 of the fund's 100.00
        assertThat(atYearEnd.stream()
                        .filter(o -> o.outcome() == Outcome.MET)
                        .map(Obligation::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("75.00");
        // the first quarter's follow-up of 10 March is paid in the calendar quarter 2026Q1, though its contract
        // quarter runs into May; the second follow-up of that quarter (20 April) pays nothing more
        assertThat(atYearEnd.get(0).dueIn()).isEqualTo(new Quarter(2026, 1));
        assertThat(atYearEnd.get(1).dueIn()).isEqualTo(new Quarter(2026, 2));
    }

    @Test
    void theQuarterlyRunsPayEachQuarterOnceSayTheMissedOneAndLeaveTheRunningOnesOpen() {
        var year = new ContractYear(d("2026-02-15"), null);
        var followUps = List.of(d("2026-03-10"), d("2026-06-01"), d("2026-12-01"));
        Quarter q2 = new Quarter(2026, 2);
        Quarter q4 = new Quarter(2026, 4);

        List<Line> runQ2 = QuarterlyPayment.lines(
                q2, ContractFeePayment.assess(CHRONIC, year, followUps, q2.lastDay()), Set.of("Q1"));
        assertThat(runQ2)
                .extracting(Line::kind, l -> l.obligation().key())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LineKind.PAYMENT, "Q2"));

        // in 2026Q4: Q3 ended on 14 Nov without a follow-up (said once, here); Q4 met on 1 Dec
        List<Line> runQ4 = QuarterlyPayment.lines(
                q4, ContractFeePayment.assess(CHRONIC, year, followUps, q4.lastDay()), Set.of("Q1", "Q2"));
        assertThat(runQ4)
                .extracting(Line::kind, l -> l.obligation().key())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LineKind.MISSED, "Q3"),
                        org.assertj.core.groups.Tuple.tuple(LineKind.PAYMENT, "Q4"));
        assertThat(runQ4.stream().filter(Line::pays).map(l -> l.obligation().amount()))
                .containsExactly(new BigDecimal("25.00"));
    }

    @Test
    void aLateRecordForAQuarterAlreadyPaidIsPaidAsAnAdjustmentInTheNextRun() {
        // 基础包 signed 10 Jan; its health assessment of 20 March reached the portal only after 2026Q1 was paid
        var year = new ContractYear(d("2026-01-10"), null);
        Quarter q1 = new Quarter(2026, 1);
        Quarter q2 = new Quarter(2026, 2);

        List<Line> paidQ1 =
                QuarterlyPayment.lines(q1, ContractFeePayment.assess(BASIC, year, List.of(), q1.lastDay()), Set.of());
        assertThat(paidQ1).extracting(Line::kind).containsExactly(LineKind.OPEN);

        List<Line> runQ2 = QuarterlyPayment.lines(
                q2, ContractFeePayment.assess(BASIC, year, List.of(d("2026-03-20")), q2.lastDay()), Set.of());
        assertThat(runQ2).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(LineKind.ADJUSTMENT);
            assertThat(line.obligation().dueIn()).isEqualTo(q1);
            assertThat(line.obligation().amount()).isEqualByComparingTo("40.00");
        });
        // and once paid, never again: the contract is only said to be settled
        assertThat(QuarterlyPayment.lines(
                        new Quarter(2026, 3),
                        year,
                        ContractFeePayment.assess(BASIC, year, List.of(d("2026-03-20")), d("2026-09-30")),
                        Set.of("YEAR")))
                .extracting(Line::kind)
                .containsExactly(LineKind.SETTLED);
    }

    @Test
    void aBasicContractWithoutAnAssessmentIsMissedInTheQuarterItsYearEnds() {
        var year = new ContractYear(d("2026-01-10"), null); // to 2027-01-09
        Quarter q4 = new Quarter(2026, 4);
        Quarter q1Next = new Quarter(2027, 1);
        assertThat(QuarterlyPayment.lines(
                        q4, ContractFeePayment.assess(BASIC, year, List.of(), q4.lastDay()), Set.of()))
                .extracting(Line::kind)
                .containsExactly(LineKind.OPEN);
        assertThat(QuarterlyPayment.lines(
                        q1Next, ContractFeePayment.assess(BASIC, year, List.of(), q1Next.lastDay()), Set.of()))
                .extracting(Line::kind)
                .containsExactly(LineKind.MISSED);
        // said once: a quarter later the ended contract has no line at all
        assertThat(QuarterlyPayment.lines(
                        new Quarter(2027, 2),
                        year,
                        ContractFeePayment.assess(BASIC, year, List.of(), d("2027-06-30")),
                        Set.of()))
                .isEmpty();
    }

    @Test
    void aTeamChangeEndsTheYearEarlyAndServicesAfterTheEndDoNotCount() {
        // signed 10 Jan, moved to another team from 1 June: the old contract ends on 31 May
        var year = new ContractYear(d("2026-01-10"), d("2026-05-31"));
        assertThat(year.quarters())
                .containsExactly(
                        new ContractYear.Period(d("2026-01-10"), d("2026-04-09")),
                        new ContractYear.Period(d("2026-04-10"), d("2026-05-31")));
        List<Obligation> obligations =
                ContractFeePayment.assess(CHRONIC, year, List.of(d("2026-02-01"), d("2026-06-15")), d("2026-06-30"));
        assertThat(obligations)
                .extracting(Obligation::key, Obligation::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Q1", Outcome.MET),
                        org.assertj.core.groups.Tuple.tuple("Q2", Outcome.MISSED));
        // at most 2 × 25 = 50.00 for the old team; the new contract brings its own
    }
}
