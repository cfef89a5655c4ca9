package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.inpatient;
import static cn.ybfp.claims.domain.Cases.ordinary;
import static cn.ybfp.claims.domain.Cases.outpatient;
import static cn.ybfp.claims.domain.Cases.pku;
import static cn.ybfp.claims.domain.Cases.settle;
import static cn.ybfp.claims.domain.Cases.settleLast;
import static cn.ybfp.claims.domain.Cases.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.Referral;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasicInsuranceLayerTest {

    @Test
    void paysLevelRatioOnInPolicyCostAboveLevelDeductible() {
        // jl-2022 level 3: inPolicy 10,000 − 500 = 9,500; (9,500 − 800) × 0.65 = 5,655.00
        Bill bill = settleLast(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-03-10", 3, "10000.00").outOfPolicy("500"));

        assertThat(bill.basic()).isEqualTo(yuan("5655.00"));
        assertThat(bill.lines().get(0))
                .isEqualTo("基本医保（住院）：政策范围内费用 9,500.00 元，起付线 800.00 元（三级医院），报销比例 65%，支付 5,655.00 元");
    }

    @Test
    void compliantReferralPaysOnlyWhatThePreviousInpatientClaimLeftOfTheDeductible() {
        // c1 level 1: deductible 200 applied, (5,000 − 200) × 0.85 = 4,080.00
        // c2 level 3, compliant: due = max(0, 800 − 200) = 600; (20,000 − 600) × 0.65 = 12,610.00
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-02-01", 1, "5000.00"),
                inpatient("c2", "2022-02-05", 3, "20000.00").referral(Referral.COMPLIANT));

        assertThat(bills.get(0).basic()).isEqualTo(yuan("4080.00"));
        assertThat(bills.get(1).basic()).isEqualTo(yuan("12610.00"));
        assertThat(bills.get(1).lines().get(0))
                .contains("规范转诊连续计算，本年上次住院已计 200.00 元")
                .contains("本次计入起付线 600.00 元");
    }

    @Test
    void withoutCompliantReferralTheFullDeductibleIsDueAgain() {
        // c2 not referred: (20,000 − 800) × 0.65 = 12,480.00
        Bill bill = settleLast(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-02-01", 1, "5000.00"),
                inpatient("c2", "2022-02-05", 3, "20000.00"));

        assertThat(bill.basic()).isEqualTo(yuan("12480.00"));
    }

    @Test
    void continuousDeductibleNeverGoesBelowZeroAndCountsOnlyThePreviousClaim() {
        // c1 level 2, in-policy 300 < 400: all 300 is deductible, basic 0
        // c2 level 3, compliant: due = 800 − 300 = 500; (10,500 − 500) × 0.65 = 6,500.00
        // c3 level 1, compliant: due = max(0, 200 − 500) = 0; 1,000 × 0.85 = 850.00
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-04-01", 2, "300.00"),
                inpatient("c2", "2022-04-10", 3, "10500.00").referral(Referral.COMPLIANT),
                inpatient("c3", "2022-04-20", 1, "1000.00").referral(Referral.COMPLIANT));

        assertThat(bills).extracting(Bill::basic).containsExactly(yuan("0.00"), yuan("6500.00"), yuan("850.00"));
    }

    @Test
    void nonCompliantReferralLosesThePenaltyPoints() {
        // jl-2022 level 2: (10,400 − 400) × (0.75 − 0.10) = 6,500.00
        Bill bill = settleLast(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-03-10", 2, "10400.00").referral(Referral.NON_COMPLIANT));

        assertThat(bill.basic()).isEqualTo(yuan("6500.00"));
        assertThat(bill.lines().get(0)).contains("报销比例 75% − 10%（未按规定转诊） = 65%");
    }

    @Test
    void outOfProvinceLosesPointsUnlessCompliantlyReferred() {
        // jl-2022 level 3, in-policy 10,800: base 10,000
        // out of province, not referred: × (0.65 − 0.10) = 5,500.00
        // out of province, compliant:    × 0.65 = 6,500.00
        // out of province, non-compliant: × (0.65 − 0.10 − 0.10) = 4,500.00
        assertThat(settleLast(
                                "jl-2022",
                                ordinary(),
                                inpatient("c1", "2022-03-10", 3, "10800.00").outOfProvince())
                        .basic())
                .isEqualTo(yuan("5500.00"));
        assertThat(settleLast(
                                "jl-2022",
                                ordinary(),
                                inpatient("c1", "2022-03-10", 3, "10800.00")
                                        .outOfProvince()
                                        .referral(Referral.COMPLIANT))
                        .basic())
                .isEqualTo(yuan("6500.00"));
        assertThat(settleLast(
                                "jl-2022",
                                ordinary(),
                                inpatient("c1", "2022-03-10", 3, "10800.00")
                                        .outOfProvince()
                                        .referral(Referral.NON_COMPLIANT))
                        .basic())
                .isEqualTo(yuan("4500.00"));
        // sd-2019 level 3, penalty 0.15: (11,000 − 1,000) × (0.55 − 0.15) = 4,000.00
        assertThat(settleLast(
                                "sd-2019",
                                ordinary(),
                                inpatient("c1", "2019-03-10", 3, "11000.00").outOfProvince())
                        .basic())
                .isEqualTo(yuan("4000.00"));
    }

    @Test
    void yearlyCapIsReachedInTheMiddleOfAClaim() {
        // c1: (150,200 − 200) × 0.85 = 127,500.00; c2: (40,200 − 200) × 0.85 = 34,000 > 150,000 − 127,500 = 22,500
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-01-10", 1, "150200.00"),
                inpatient("c2", "2022-06-10", 1, "40200.00"));

        assertThat(bills).extracting(Bill::basic).containsExactly(yuan("127500.00"), yuan("22500.00"));
        assertThat(bills.get(1).lines().get(0)).endsWith("支付 22,500.00 元（已达基本医保年度封顶线 150,000.00 元，本年剩余 22,500.00 元）");
    }

    @Test
    void outpatientChronicHasNoDeductibleAndItsOwnCap() {
        // c1: 6,000 × 0.60 = 3,600.00; c2: 4,000 × 0.60 = 2,400 > 5,000 − 3,600 = 1,400
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                outpatient("c1", "2022-01-10", "6000.00"),
                outpatient("c2", "2022-02-10", "4000.00"));

        assertThat(bills).extracting(Bill::basic).containsExactly(yuan("3600.00"), yuan("1400.00"));
    }

    @Test
    void outpatientCapDoesNotTouchTheInpatientCap() {
        // outpatient 10,000 × 0.6 = 6,000 → cap 5,000; inpatient (150,200 − 200) × 0.85 = 127,500, untouched
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                outpatient("c1", "2022-01-10", "10000.00"),
                inpatient("c2", "2022-02-10", 1, "150200.00"));

        assertThat(bills).extracting(Bill::basic).containsExactly(yuan("5000.00"), yuan("127500.00"));
    }

    @Test
    void paysNothingForPkuSpecialFood() {
        Bill bill = settleLast("sd-2019", ordinary(), pku("c1", "2019-03-10", "1000.00"));

        assertThat(bill.basic()).isEqualTo(yuan("0.00"));
        assertThat(bill.lines().get(0)).isEqualTo("基本医保：苯丙酮尿症特殊治疗食品不属基本医保支付范围，不支付");
    }

    @Test
    void outpatientClaimsDoNotInterruptTheContinuousDeductible() {
        // as compliantReferral…: c1 applies 200; the outpatient visit between changes nothing; c3 owes 600
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-02-01", 1, "5000.00"),
                outpatient("c2", "2022-02-03", "1000.00"),
                inpatient("c3", "2022-02-05", 3, "20000.00").referral(Referral.COMPLIANT));

        assertThat(bills.get(2).basic()).isEqualTo(yuan("12610.00"));
    }
}
