package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.inpatient;
import static cn.ybfp.claims.domain.Cases.ordinary;
import static cn.ybfp.claims.domain.Cases.outpatient;
import static cn.ybfp.claims.domain.Cases.person;
import static cn.ybfp.claims.domain.Cases.settle;
import static cn.ybfp.claims.domain.Cases.settleLast;
import static cn.ybfp.claims.domain.Cases.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.kernel.AssistanceCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class MedicalAssistanceLayerTest {

    private static final Person EXTREMELY_POOR = person("1960-01-01", AssistanceCategory.EXTREMELY_POOR);
    private static final Person MARGINAL = person("1960-01-01", AssistanceCategory.MARGINAL_LOW_INCOME);

    @Test
    void classOnePaysAllInPolicySelfPay() {
        // jl-2022 level 2: in-policy 10,000; basic 9,600 × 0.75 = 7,200; base 2,800 < 7,500 → no critical illness
        // class 1: no deductible, 100% → 2,800.00; the patient pays the 400 out-of-policy cost only
        Bill bill = settleLast(
                "jl-2022",
                EXTREMELY_POOR,
                inpatient("c1", "2022-03-10", 2, "10400.00").outOfPolicy("400.00"));

        assertThat(bill.assistance()).isEqualTo(yuan("2800.00"));
        assertThat(bill.personalPayment()).isEqualTo(yuan("400.00"));
        assertThat(bill.lines().get(2))
                .isEqualTo("医疗救助（住院）：一类救助对象，政策范围内个人自付 2,800.00 元，" + "不设起付线，救助比例 100%，支付 2,800.00 元");
    }

    @Test
    void specExampleChildOfClassTwo() {
        // the case of SETTLEMENT.md: 低保, born 2012-05-01, aged 9; level 2, 12,000 with 1,000 out of policy
        // basic (11,000 − 400) × 0.75 = 7,950; base 3,050 < 7,500; assistance 3,050 × (0.70 + 0.10) = 2,440.00
        // personal 12,000 − 7,950 − 2,440 = 1,610.00
        Bill bill = settleLast(
                "jl-2022",
                person("2012-05-01", AssistanceCategory.LOW_INCOME_GUARANTEE),
                inpatient("c1", "2022-03-10", 2, "12000.00").outOfPolicy("1000.00"));

        assertThat(bill.basic()).isEqualTo(yuan("7950.00"));
        assertThat(bill.assistance()).isEqualTo(yuan("2440.00"));
        assertThat(bill.personalPayment()).isEqualTo(yuan("1610.00"));
        assertThat(bill.lines().get(2)).contains("救助比例 70% + 10%（14 周岁及以下儿童）= 80%");
    }

    @Test
    void classThreeBearsAYearlyDeductibleAcrossClaims() {
        // jl-2022 class 3: deductible 3,000, 60%. Each claim: level 2, 10,400 in policy,
        // basic (10,400 − 400) × 0.75 = 7,500; base 2,900 (cumulative 5,800 < 15,000: no critical illness)
        // c1: 2,900 all towards the deductible → 0; c2: 100 left of it, eligible 2,800 × 0.60 = 1,680.00
        List<Bill> bills = settle(
                "jl-2022",
                MARGINAL,
                inpatient("c1", "2022-03-10", 2, "10400.00"),
                inpatient("c2", "2022-06-10", 2, "10400.00"));

        assertThat(bills).extracting(Bill::assistance).containsExactly(yuan("0.00"), yuan("1680.00"));
        assertThat(bills.get(1).lines().get(2)).contains("年度起付线 3,000.00 元（本次计入 100.00 元，尚余 0.00 元）");
    }

    @Test
    void classFourBearsAQuarterOfIncome() {
        // jl-2022 class 4: deductible 7,500, 50%; level 3, 20,800: basic 20,000 × 0.65 = 13,000; base 7,800
        // eligible 7,800 − 7,500 = 300 × 0.50 = 150.00
        Bill bill = settleLast(
                "jl-2022",
                person("1960-01-01", AssistanceCategory.ILLNESS_IMPOVERISHED),
                inpatient("c1", "2022-03-10", 3, "20800.00"));

        assertThat(bill.assistance()).isEqualTo(yuan("150.00"));
    }

    @Test
    void classWithoutOutpatientRatioLeavesTheDeductibleUntouched() {
        // class 3 outpatient: no outpatient assistance, the 400 self-pay does not count towards the deductible;
        // then exactly the two inpatient claims of classThreeBearsAYearlyDeductibleAcrossClaims: 0 and 1,680.00
        List<Bill> bills = settle(
                "jl-2022",
                MARGINAL,
                outpatient("c0", "2022-01-10", "1000.00"),
                inpatient("c1", "2022-03-10", 2, "10400.00"),
                inpatient("c2", "2022-06-10", 2, "10400.00"));

        assertThat(bills).extracting(Bill::assistance).containsExactly(yuan("0.00"), yuan("0.00"), yuan("1680.00"));
        assertThat(bills.get(0).lines().get(2)).isEqualTo("医疗救助（门诊慢性病）：三类救助对象无门诊慢性病救助");
    }

    @Test
    void inpatientAndOutpatientShareTheYearlyLimit() {
        // sd-2019 低保 = class 1 of the scheme: 70%, limit 10,000, outpatient 70%; poor table D 5,000 at 65%
        // c1 level 1, 148,800: basic (148,800 − 300) × 0.80 = 118,800; base 30,000
        //    critical illness (30,000 − 5,000) × 0.65 = 16,250; self-pay 13,750 × 0.70 = 9,625.00
        // c2 outpatient 2,000: basic 1,000; self-pay 1,000 × 0.70 = 700 > 10,000 − 9,625 = 375
        List<Bill> bills = settle(
                "sd-2019",
                person("1960-01-01", AssistanceCategory.LOW_INCOME_GUARANTEE),
                inpatient("c1", "2019-03-01", 1, "148800.00"),
                outpatient("c2", "2019-05-01", "2000.00"));

        assertThat(bills.get(0).criticalIllness()).isEqualTo(yuan("16250.00"));
        assertThat(bills).extracting(Bill::assistance).containsExactly(yuan("9625.00"), yuan("375.00"));
        assertThat(bills.get(1).lines().get(2)).endsWith("（已达年度救助限额 10,000.00 元，本年剩余 375.00 元）");
        assertThat(bills.get(1).personalPayment()).isEqualTo(yuan("625.00"));
    }

    @Test
    void childBonusAppliesToOutpatientRatiosToo() {
        // jl-2022 低保 child: outpatient (0.50 + 0.10); 1,000: basic 600; self-pay 400 × 0.60 = 240.00
        Bill bill = settleLast(
                "jl-2022",
                person("2015-01-01", AssistanceCategory.LOW_INCOME_GUARANTEE),
                outpatient("c1", "2022-03-10", "1000.00"));

        assertThat(bill.assistance()).isEqualTo(yuan("240.00"));
    }

    @Test
    void childBonusEndsTheDayAfterTheFourteenthYear() {
        // level 2, 10,400: basic 7,500; self-pay 2,900 (< 7,500 preferential deductible)
        // born 2008-03-10: on 2022-03-10 aged 14 → 80% = 2,320.00; born 2007-03-10: aged 15 → 70% = 2,030.00
        Bill fourteen = settleLast(
                "jl-2022",
                person("2008-03-10", AssistanceCategory.LOW_INCOME_GUARANTEE),
                inpatient("c1", "2022-03-10", 2, "10400.00"));
        Bill fifteen = settleLast(
                "jl-2022",
                person("2007-03-10", AssistanceCategory.LOW_INCOME_GUARANTEE),
                inpatient("c1", "2022-03-10", 2, "10400.00"));

        assertThat(fourteen.assistance()).isEqualTo(yuan("2320.00"));
        assertThat(fifteen.assistance()).isEqualTo(yuan("2030.00"));
    }

    @Test
    void nonCompliantReferralGetsThePenaltyAndNoAssistance() {
        // jl-2022 class 1, level 2, 10,400: basic 10,000 × 0.65 = 6,500; self-pay 3,900 stays with the patient
        Bill bill = settleLast(
                "jl-2022",
                EXTREMELY_POOR,
                inpatient("c1", "2022-03-10", 2, "10400.00").referral(Referral.NON_COMPLIANT));

        assertThat(bill.basic()).isEqualTo(yuan("6500.00"));
        assertThat(bill.assistance()).isEqualTo(yuan("0.00"));
        assertThat(bill.tiltedAssistance()).isEqualTo(yuan("0.00"));
        assertThat(bill.personalPayment()).isEqualTo(yuan("3900.00"));
        assertThat(bill.lines().get(2)).isEqualTo("医疗救助（住院）：未按规定转诊，不纳入医疗救助");
    }

    @Test
    void ordinaryInsuredGetNoAssistance() {
        Bill bill = settleLast("jl-2022", ordinary(), inpatient("c1", "2022-03-10", 2, "10400.00"));

        assertThat(bill.assistance()).isEqualTo(yuan("0.00"));
        assertThat(bill.lines().get(2)).isEqualTo("医疗救助（住院）：非医疗救助对象，不予救助");
    }
}
