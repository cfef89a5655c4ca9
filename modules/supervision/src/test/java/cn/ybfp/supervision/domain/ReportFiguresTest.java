package cn.ybfp.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.supervision.api.ReportField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-worked data set of modules/supervision/README.md ("A worked report"): two counties of one quarter. */
class ReportFiguresTest {

    static final ReportFigures SHUANGYANG = new ReportFigures(Map.ofEntries(
            Map.entry("enrolment.targets", bd("200")),
            Map.entry("enrolment.enrolled", bd("190")),
            Map.entry("enrolment.justified", bd("6")),
            Map.entry("enrolment.fullSubsidy", bd("40")),
            Map.entry("enrolment.fullSubsidyAmount", bd("12800.00")),
            Map.entry("enrolment.fixedSubsidy", bd("140")),
            Map.entry("enrolment.fixedSubsidyAmount", bd("25200.00")),
            Map.entry("claims.count", bd("37")),
            Map.entry("claims.basic", bd("31150.005")),
            Map.entry("claims.assisted", bd("37")),
            Map.entry("claims.assisted.direct", bd("29")),
            Map.entry("claims.assisted.inPolicy", bd("50000.00")),
            Map.entry("claims.assisted.inPolicySelfPay", bd("4321.00")),
            Map.entry("claims.inCountyInPolicy", bd("30000.00")),
            Map.entry("claims.inCountyBasic", bd("21150.00"))));

    static final ReportFigures YONGJI = new ReportFigures(Map.of(
            "enrolment.targets", bd("100"),
            "enrolment.enrolled", bd("100"),
            "enrolment.fullSubsidy", bd("100"),
            "claims.assisted", bd("3"),
            "claims.assisted.direct", bd("3"),
            "claims.assisted.inPolicy", bd("10000.00"),
            "claims.assisted.inPolicySelfPay", bd("600.00")));

    @Test
    void theThreeCoverageRatesAreCutToOneDecimal() {
        // basic: (190 + 6) / 200 = 98.0 %; critical illness: 190 / (200 − 6) = 97.938… → 97.9 %;
        // assistance: (40 + 140) / 190 = 94.736… → 94.7 % (cut, not rounded)
        assertThat(SHUANGYANG.value(ReportField.BASIC_COVERAGE)).isEqualTo("98.0");
        assertThat(SHUANGYANG.value(ReportField.CRITICAL_ILLNESS_COVERAGE)).isEqualTo("97.9");
        assertThat(SHUANGYANG.value(ReportField.ASSISTANCE_COVERAGE)).isEqualTo("94.7");
    }

    @Test
    void theSharesAreRoundedHalfUpToTwoDecimals() {
        // self-pay: 4,321.00 / 50,000.00 = 8.642 % → 8.64 %; in county: 21,150 / 30,000 = 70.50 %;
        // one-stop: 29 / 37 = 78.378… % → 78.38 %
        assertThat(SHUANGYANG.value(ReportField.SELF_PAY_SHARE)).isEqualTo("8.64");
        assertThat(SHUANGYANG.value(ReportField.IN_COUNTY_RATIO)).isEqualTo("70.50");
        assertThat(SHUANGYANG.value(ReportField.ONE_STOP_RATE)).isEqualTo("78.38");
    }

    @Test
    void countsReadAsTheyWereCountedAndAmountsToTheFen() {
        assertThat(SHUANGYANG.value(ReportField.CLAIMS)).isEqualByComparingTo("37");
        assertThat(SHUANGYANG.value(ReportField.BASIC)).isEqualTo("31150.01");
        assertThat(SHUANGYANG.value(ReportField.TILTED)).isEqualTo("0.00"); // nobody counted it: zero
        assertThat(SHUANGYANG.value(ReportField.WARNINGS_RAISED)).isEqualByComparingTo("0");
    }

    @Test
    void theTotalSumsTheCountsAndWorksTheRatesOutAgain() {
        ReportFigures total = ReportFigures.sum(List.of(SHUANGYANG, YONGJI));
        // targets 300, enrolled 290, justified 6: basic 296 / 300 = 98.66… → 98.6 %, not the mean of 98.0 and 100.0
        assertThat(total.value(ReportField.TARGETS)).isEqualByComparingTo("300");
        assertThat(total.value(ReportField.BASIC_COVERAGE)).isEqualTo("98.6");
        // critical illness 290 / 294 = 98.63… → 98.6 %; assistance (140 + 140) / 290 = 96.55… → 96.5 %
        assertThat(total.value(ReportField.CRITICAL_ILLNESS_COVERAGE)).isEqualTo("98.6");
        assertThat(total.value(ReportField.ASSISTANCE_COVERAGE)).isEqualTo("96.5");
        // self-pay (4,321 + 600) / (50,000 + 10,000) = 8.2016… → 8.20 %; one-stop 32 / 40 = 80.00 %
        assertThat(total.value(ReportField.SELF_PAY_SHARE)).isEqualTo("8.20");
        assertThat(total.value(ReportField.ONE_STOP_RATE)).isEqualTo("80.00");
    }

    @Test
    void aRateWithNothingToDivideByIsNoneNotZero() {
        ReportFigures empty = new ReportFigures(Map.of());
        assertThat(empty.value(ReportField.BASIC_COVERAGE)).isNull();
        assertThat(empty.value(ReportField.SELF_PAY_SHARE)).isNull();
        assertThat(empty.value(ReportField.IN_COUNTY_RATIO)).isNull();
        assertThat(empty.value(ReportField.ONE_STOP_RATE)).isNull();
        // everyone of the county justified: critical illness has nobody in its scope
        assertThat(CoverageRates.criticalIllness(5, 0, 5)).isNull();
    }

    @Test
    void everyoneCoveredReadsAsTheGoal() {
        assertThat(CoverageRates.basic(2_000, 1_999, 1)).isEqualTo("100.0");
        assertThat(CoverageRates.basic(2_000, 1_998, 1)).isEqualTo("99.9"); // 1,999 of 2,000 is not 100 %
        assertThat(InCountyInpatientRatio.percent(bd("700.00"), bd("1000.00")))
                .isEqualByComparingTo(InCountyInpatientRatio.GOAL);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
