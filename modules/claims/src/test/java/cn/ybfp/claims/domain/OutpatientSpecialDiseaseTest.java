package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.inpatient;
import static cn.ybfp.claims.domain.Cases.ordinary;
import static cn.ybfp.claims.domain.Cases.outpatient;
import static cn.ybfp.claims.domain.Cases.person;
import static cn.ybfp.claims.domain.Cases.scheme;
import static cn.ybfp.claims.domain.Cases.settle;
import static cn.ybfp.claims.domain.Cases.special;
import static cn.ybfp.claims.domain.Cases.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.claims.domain.SettlementEngine.Settled;
import cn.ybfp.kernel.AssistanceCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Outpatient special diseases (门诊特殊疾病, SETTLEMENT.md): one basic deductible a year for all of them, the scheme's
 * ratio inside the inpatient yearly cap, counted for critical illness, assisted at the class's inpatient standard,
 * never tilted assistance or re-assistance. Every figure is worked by hand in the comments.
 */
class OutpatientSpecialDiseaseTest {

    /** jl-2022 class 2 (低保): assistance deductible 0, inpatient ratio 0.70; preferential critical illness D 7,500. */
    private static final Person CLASS_TWO = person("1960-01-01", AssistanceCategory.LOW_INCOME_GUARANTEE);

    @Test
    void twoSpecialClaimsOfAClassTwoPersonShareOneDeductibleAndAreAssistedAtTheInpatientRatio() {
        // jl-2022 special disease: deductible 400 a year, ratio 0.70
        // s1 in-policy 1,000: deductible due 400, applied min(1,000, 400) = 400
        //    basic round((1,000 − 400) × 0.70) = round(420) = 420.00
        //    critical illness: base 1,000 − 420 = 580, cumulative 580 < D 7,500 (低保: 15,000 × 0.5) → 0.00
        //    assistance: aBase 1,000 − 420 − 0 = 580, class 2 deductible 0, inpatient ratio 0.70: 580 × 0.70 = 406.00
        //    personal 1,000 − 420 − 406 = 174.00
        // s2 in-policy 2,000: deductible due 400 − 400 = 0, applied 0
        //    basic round(2,000 × 0.70) = 1,400.00; base 600, cumulative 1,180 < 7,500 → 0.00
        //    assistance 600 × 0.70 = 420.00; personal 2,000 − 1,400 − 420 = 180.00
        List<Bill> bills = settle(
                "jl-2022",
                CLASS_TWO,
                special("s1", "2022-02-01", "1000.00").disease("M07803"),
                special("s2", "2022-05-01", "2000.00").disease("M07803"));

        assertThat(bills).extracting(Bill::basic).containsExactly(yuan("420.00"), yuan("1400.00"));
        assertThat(bills).extracting(Bill::criticalIllness).containsExactly(yuan("0.00"), yuan("0.00"));
        assertThat(bills).extracting(Bill::assistance).containsExactly(yuan("406.00"), yuan("420.00"));
        assertThat(bills).extracting(Bill::tiltedAssistance).containsExactly(yuan("0.00"), yuan("0.00"));
        assertThat(bills).extracting(Bill::personalPayment).containsExactly(yuan("174.00"), yuan("180.00"));
        assertThat(bills.get(0).kind()).isEqualTo(ClaimKind.OUTPATIENT_SPECIAL);
        assertThat(bills.get(0).lines())
                .startsWith(
                        "病种：M07803",
                        "基本医保（门诊特殊疾病）：政策范围内费用 1,000.00 元，年度起付线 400.00 元（本年已计 0.00 元，本次计入 400.00 元），"
                                + "报销比例 70%，支付 420.00 元",
                        "大病保险：累计合规费用 580.00 元，起付线 7,500.00 元（特困/孤儿/低保/返贫致贫减半），未超过起付线，不支付",
                        "医疗救助（门诊特殊疾病）：二类救助对象，政策范围内个人自付 580.00 元，不设起付线，救助比例 70%（按住院救助标准），" + "支付 406.00 元",
                        "倾斜救助（不计入年度救助限额）：门诊特殊疾病费用不纳入倾斜救助");
        assertThat(bills.get(1).lines().get(1))
                .isEqualTo("基本医保（门诊特殊疾病）：政策范围内费用 2,000.00 元，年度起付线 400.00 元（本年已计 400.00 元，本次计入 0.00 元），"
                        + "报销比例 70%，支付 1,400.00 元");
    }

    @Test
    void theYearlyDeductibleIsBorneAcrossSeveralSmallClaims() {
        // jl-2022 ordinary: s1 in-policy 300 < 400: all 300 towards the deductible, basic 0.00
        // s2 in-policy 1,000: due 400 − 300 = 100; round((1,000 − 100) × 0.70) = 630.00
        // s3 in-policy 500: due 0; round(500 × 0.70) = 350.00
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                special("s1", "2022-03-01", "300.00"),
                special("s2", "2022-04-01", "1000.00"),
                special("s3", "2022-05-01", "500.00"));

        assertThat(bills).extracting(Bill::basic).containsExactly(yuan("0.00"), yuan("630.00"), yuan("350.00"));
        assertThat(bills.get(1).lines().get(0)).contains("年度起付线 400.00 元（本年已计 300.00 元，本次计入 100.00 元）");
    }

    @Test
    void outOfPolicyCostIsNeverPaidAndShandongHasItsOwnValues() {
        // sd-2019 special disease: deductible 600, ratio 0.65; total 2,000 with 500 out of policy: in-policy 1,500
        // basic round((1,500 − 600) × 0.65) = round(585) = 585.00; an ordinary adult gets no assistance
        // personal 2,000 − 585 = 1,415.00 (the 500 out of policy included)
        Bill bill = Cases.settleLast(
                "sd-2019", ordinary(), special("s1", "2019-03-01", "2000.00").outOfPolicy("500.00"));

        assertThat(bill.inPolicy()).isEqualTo(yuan("1500.00"));
        assertThat(bill.basic()).isEqualTo(yuan("585.00"));
        assertThat(bill.personalPayment()).isEqualTo(yuan("1415.00"));
    }

    @Test
    void noReferralOrOutOfProvincePenaltyInTheBasicLayer() {
        // jl-2022: in-policy 1,400, out of province, no referral: still round((1,400 − 400) × 0.70) = 700.00
        Bill bill = Cases.settleLast(
                "jl-2022", ordinary(), special("s1", "2022-03-01", "1400.00").outOfProvince());

        assertThat(bill.basic()).isEqualTo(yuan("700.00"));
        assertThat(bill.lines().get(0)).contains("报销比例 70%，支付 700.00 元");
    }

    @Test
    void theSpecialDeductibleIsApartFromTheInpatientOneAndDoesNotBreakTheContinuousDeductible() {
        // jl-2022 ordinary
        // c1 inpatient level 1, 5,000: deductible 200, (5,000 − 200) × 0.85 = 4,080.00
        // s2 special 1,400: the inpatient deductible does not count: due 400, round(1,000 × 0.70) = 700.00
        // c3 inpatient level 3, compliant referral, 20,000: continuous from c1 (the special claim between changes
        //    nothing): due 800 − 200 = 600, (20,000 − 600) × 0.65 = 12,610.00
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-02-01", 1, "5000.00"),
                special("s2", "2022-02-03", "1400.00"),
                inpatient("c3", "2022-02-05", 3, "20000.00").referral(Referral.COMPLIANT));

        assertThat(bills).extracting(Bill::basic).containsExactly(yuan("4080.00"), yuan("700.00"), yuan("12610.00"));
    }

    @Test
    void theDeductibleIsDueAgainInANewYear() {
        // s1 2022-12-20, 1,000: round(600 × 0.70) = 420.00; s2 2023-01-05, 1,000: a new year, 420.00 again
        List<Bill> bills = settle(
                "jl-2022", ordinary(), special("s1", "2022-12-20", "1000.00"), special("s2", "2023-01-05", "1000.00"));

        assertThat(bills).extracting(Bill::basic).containsExactly(yuan("420.00"), yuan("420.00"));
    }

    @Test
    void aSpecialClaimIsCappedByWhatInpatientClaimsLeftOfTheYearlyCap() {
        // jl-2022 ordinary, inpatient yearly cap 150,000
        // c1 inpatient level 1, 150,200: (150,200 − 200) × 0.85 = 127,500.00; 22,500 left
        // s2 special 40,400: round((40,400 − 400) × 0.70) = 28,000 > 22,500 → 22,500.00; nothing left
        // c3 inpatient level 1, 10,200: (10,000) × 0.85 = 8,500 > 0 → 0.00
        // o4 outpatient chronic 1,000: its own cap of 5,000: 1,000 × 0.60 = 600.00
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-01-10", 1, "150200.00"),
                special("s2", "2022-06-10", "40400.00"),
                inpatient("c3", "2022-09-01", 1, "10200.00"),
                outpatient("o4", "2022-10-01", "1000.00"));

        assertThat(bills)
                .extracting(Bill::basic)
                .containsExactly(yuan("127500.00"), yuan("22500.00"), yuan("0.00"), yuan("600.00"));
        assertThat(bills.get(1).lines().get(0))
                .endsWith("支付 22,500.00 元（已达住院与门诊特殊疾病共用的基本医保年度封顶线 150,000.00 元，本年剩余 22,500.00 元）");
    }

    @Test
    void anInpatientClaimIsCappedByWhatSpecialClaimsLeftOfTheYearlyCap() {
        // s1 special 200,400: round((200,400 − 400) × 0.70) = 140,000.00; 10,000 left of 150,000
        // c2 inpatient level 1, 20,200: (20,200 − 200) × 0.85 = 17,000 > 10,000 → 10,000.00
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                special("s1", "2022-02-01", "200400.00"),
                inpatient("c2", "2022-03-01", 1, "20200.00"));

        assertThat(bills).extracting(Bill::basic).containsExactly(yuan("140000.00"), yuan("10000.00"));
    }

    @Test
    void criticalIllnessCountsTheBaseOfSpecialClaimsWithTheInpatientOnes() {
        // jl-2022 ordinary: D 15,000, [15,000, 100,000) 0.60
        // o0 outpatient chronic 50,000: not counted, critical illness 0.00
        // s1 special 50,400: basic round((50,400 − 400) × 0.70) = 35,000; base 50,400 − 35,000 = 15,400
        //    F(15,400) − F(0) = (15,400 − 15,000) × 0.60 = 240.00
        // c2 inpatient level 3, 40,800: basic (40,800 − 800) × 0.65 = 26,000; base 14,800 (alone below D)
        //    cumulative 15,400 → 30,200: 14,800 × 0.60 = 8,880.00
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                outpatient("o0", "2022-01-10", "50000.00"),
                special("s1", "2022-02-01", "50400.00"),
                inpatient("c2", "2022-05-01", 3, "40800.00"));

        assertThat(bills)
                .extracting(Bill::criticalIllness)
                .containsExactly(yuan("0.00"), yuan("240.00"), yuan("8880.00"));
        assertThat(bills.get(0).lines().get(1)).isEqualTo("大病保险：门诊慢性病费用不纳入大病保险，不支付");
        assertThat(bills.get(1).lines().get(1))
                .isEqualTo("大病保险：累计合规费用 15,400.00 元，起付线 15,000.00 元，第一段 60%，支付 240.00 元");
        assertThat(bills.get(2).lines().get(1)).startsWith("大病保险：累计合规费用 30,200.00 元");
    }

    @Test
    void specialClaimsShareTheClassDeductibleWithInpatientClaims() {
        // jl-2022 class 3 (边缘): assistance deductible 3,000, inpatient ratio 0.60, no outpatient chronic ratio
        // s1 special 5,400: basic round(5,000 × 0.70) = 3,500; base 1,900 < 15,000 → ci 0
        //    aBase 1,900, all borne towards the class deductible (1,100 left) → 0.00
        // c2 inpatient level 2, 10,400: basic (10,400 − 400) × 0.75 = 7,500; aBase 2,900 (cumulative 4,800 < 15,000)
        //    eligible 2,900 − 1,100 = 1,800; 1,800 × 0.60 = 1,080.00
        List<Bill> bills = settle(
                "jl-2022",
                person("1960-01-01", AssistanceCategory.MARGINAL_LOW_INCOME),
                special("s1", "2022-02-01", "5400.00"),
                inpatient("c2", "2022-06-10", 2, "10400.00"));

        assertThat(bills).extracting(Bill::assistance).containsExactly(yuan("0.00"), yuan("1080.00"));
        assertThat(bills.get(0).lines().get(2))
                .isEqualTo("医疗救助（门诊特殊疾病）：三类救助对象，政策范围内个人自付 1,900.00 元，年度起付线 3,000.00 元（本次计入 1,900.00 元，"
                        + "尚余 1,100.00 元），救助比例 60%（按住院救助标准），支付 0.00 元");
    }

    @Test
    void childrenGetTheirBonusOnTheInpatientRatio() {
        // jl-2022 低保 child (born 2015, aged 7): s1 1,000: basic 420, aBase 580 × (0.70 + 0.10) = 464.00
        Bill bill = Cases.settleLast(
                "jl-2022",
                person("2015-01-01", AssistanceCategory.LOW_INCOME_GUARANTEE),
                special("s1", "2022-03-10", "1000.00"));

        assertThat(bill.assistance()).isEqualTo(yuan("464.00"));
        assertThat(bill.lines().get(2)).contains("救助比例 70% + 10%（14 周岁及以下儿童）= 80%（按住院救助标准）");
    }

    @Test
    void specialClaimsShareTheYearlyAssistanceLimitAndGetNoReassistance() {
        // sd-2019 低保 = class 1 of the scheme: 70%, limit 10,000; poor critical-illness table D 5,000 at 65%
        // c1 inpatient level 1, 148,800: basic (148,800 − 300) × 0.80 = 118,800; base 30,000
        //    ci (30,000 − 5,000) × 0.65 = 16,250; aBase 13,750 × 0.70 = 9,625.00 (375 left of the limit)
        //    re-assistance: rest 148,800 − 118,800 − 16,250 − 9,625 = 4,125 < 5,000 → 0
        // s2 special 6,600: deductible 600, basic round(6,000 × 0.65) = 3,900; base 2,700
        //    ci 2,700 × 0.65 = 1,755.00; aBase 6,600 − 3,900 − 1,755 = 945 × 0.70 = 661.50 > 375 → 375.00
        //    no re-assistance for outpatient claims; personal 6,600 − 3,900 − 1,755 − 375 = 570.00
        List<Bill> bills = settle(
                "sd-2019",
                person("1960-01-01", AssistanceCategory.LOW_INCOME_GUARANTEE),
                inpatient("c1", "2019-03-01", 1, "148800.00"),
                special("s2", "2019-05-01", "6600.00"));

        Bill s2 = bills.get(1);
        assertThat(s2.basic()).isEqualTo(yuan("3900.00"));
        assertThat(s2.criticalIllness()).isEqualTo(yuan("1755.00"));
        assertThat(s2.assistance()).isEqualTo(yuan("375.00"));
        assertThat(s2.reassistance()).isEqualTo(yuan("0.00"));
        assertThat(s2.personalPayment()).isEqualTo(yuan("570.00"));
        assertThat(s2.lines().get(2)).endsWith("（已达年度救助限额 10,000.00 元，本年剩余 375.00 元）");
        assertThat(s2.lines()).contains("再救助：门诊特殊疾病费用不纳入再救助");
    }

    @Test
    void aNonCompliantReferralGetsNoAssistanceButKeepsItsBasicPayment() {
        // jl-2022 class 1: basic round(600 × 0.70) = 420.00 (no penalty); assistance refused, personal 580.00
        Bill bill = Cases.settleLast(
                "jl-2022",
                person("1960-01-01", AssistanceCategory.EXTREMELY_POOR),
                special("s1", "2022-03-10", "1000.00").referral(Referral.NON_COMPLIANT));

        assertThat(bill.basic()).isEqualTo(yuan("420.00"));
        assertThat(bill.assistance()).isEqualTo(yuan("0.00"));
        assertThat(bill.personalPayment()).isEqualTo(yuan("580.00"));
    }

    @Test
    void aSpecialClaimChangesTheYearsAccumulatorsLikeThis() {
        // the first special claim of test one: basic 420 against the inpatient cap, 400 of the special deductible,
        // critical-illness base 580, assistance 406; no tilted burden, no inpatient deductible
        Settled settled = SettlementEngine.settleNext(
                scheme("jl-2022"),
                CLASS_TWO,
                special("s1", "2022-02-01", "1000.00").build(),
                YearTotals.NONE);

        YearTotals change = settled.change();
        assertThat(change.basicInpatientPaid()).isEqualTo(yuan("420.00"));
        assertThat(change.basicOutpatientPaid()).isEqualTo(yuan("0.00"));
        assertThat(change.specialDeductibleApplied()).isEqualTo(yuan("400.00"));
        assertThat(change.lastInpatientDeductible()).isNull();
        assertThat(change.criticalIllnessBase()).isEqualTo(yuan("580.00"));
        assertThat(change.assistancePaid()).isEqualTo(yuan("406.00"));
        assertThat(change.tiltedBurden()).isEqualTo(yuan("0.00"));
        assertThat(change.reassistanceRest()).isEqualTo(yuan("0.00"));
    }

    @Test
    void oneAtATimeOnStoredChangesEqualsTheWholeYear() {
        Cases.ClaimBuilder[] claims = {
            special("s1", "2022-01-15", "300.00").disease("M00503"),
            inpatient("c2", "2022-02-01", 2, "30000.00").admitted("2022-01-20"),
            special("s3", "2022-03-01", "2000.00"),
            outpatient("o4", "2022-04-01", "800.00").disease("M03900"),
            special("s5", "2022-05-01", "90000.00")
        };
        List<Bill> whole = settle("jl-2022", CLASS_TWO, claims);

        YearTotals totals = YearTotals.NONE;
        for (int i = 0; i < claims.length; i++) {
            Settled settled = SettlementEngine.settleNext(scheme("jl-2022"), CLASS_TWO, claims[i].build(), totals);
            assertThat(settled.bill()).isEqualTo(whole.get(i));
            totals = totals.plus(settled.change());
        }
        assertThat(totals.specialDeductibleApplied()).isEqualTo(yuan("400.00"));
        assertThat(totals.lastInpatientDeductible()).isEqualTo(yuan("400.00"));
    }
}
