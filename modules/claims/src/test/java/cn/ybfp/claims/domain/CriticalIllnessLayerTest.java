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
import cn.ybfp.kernel.AssistanceCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalIllnessLayerTest {

    @Test
    void paysOnTheYearlyCumulativeBaseAboveTheDeductible() {
        // jl-2022 ordinary, level 3, no out-of-policy cost
        // c1: basic (40,800 − 800) × 0.65 = 26,000; base 40,800 − 26,000 = 14,800 < 15,000 → 0
        // c2: basic (60,800 − 800) × 0.65 = 39,000; base 21,800; cumulative 14,800 → 36,600
        //     (36,600 − 15,000) × 0.60 = 12,960.00
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-02-01", 3, "40800.00"),
                inpatient("c2", "2022-05-01", 3, "60800.00"));

        assertThat(bills).extracting(Bill::criticalIllness).containsExactly(yuan("0.00"), yuan("12960.00"));
        assertThat(bills.get(0).lines().get(1)).isEqualTo("大病保险：累计合规费用 14,800.00 元，起付线 15,000.00 元，未超过起付线，不支付");
    }

    @Test
    void crossesASegmentInTheMiddleOfAClaim() {
        // basic (300,800 − 800) × 0.65 = 195,000 → yearly cap 150,000; base 300,800 − 150,000 = 150,800
        // [15,000, 100,000) 85,000 × 0.60 = 51,000; [100,000, 150,800) 50,800 × 0.70 = 35,560; 86,560.00
        Bill bill = settleLast("jl-2022", ordinary(), inpatient("c1", "2022-02-01", 3, "300800.00"));

        assertThat(bill.basic()).isEqualTo(yuan("150000.00"));
        assertThat(bill.criticalIllness()).isEqualTo(yuan("86560.00"));
        assertThat(bill.lines().get(1))
                .isEqualTo("大病保险：累计合规费用 150,800.00 元，起付线 15,000.00 元，"
                        + "第一段 60%（85,000.00 元）、第二段 70%（50,800.00 元），支付 86,560.00 元");
    }

    @Test
    void preferentialPersonsHaveTheDeductibleHalvedAndFivePointsMore() {
        // jl-2022 特困: D = 15,000 × 0.5 = 7,500, ratio 0.60 + 0.05
        // basic (32,800 − 800) × 0.65 = 20,800; base 12,000; (12,000 − 7,500) × 0.65 = 2,925.00
        Bill bill = settleLast(
                "jl-2022",
                person("1960-01-01", AssistanceCategory.EXTREMELY_POOR),
                inpatient("c1", "2022-02-01", 3, "32800.00"));

        assertThat(bill.criticalIllness()).isEqualTo(yuan("2925.00"));
        assertThat(bill.lines().get(1))
                .isEqualTo("大病保险：累计合规费用 12,000.00 元，" + "起付线 7,500.00 元（特困/孤儿/低保/返贫致贫减半），第一段 65%，支付 2,925.00 元");
    }

    @Test
    void ordinaryCapStopsAtFourHundredThousandWhilePreferentialPersonsHaveNone() {
        // basic capped at 150,000; base 1,000,800 − 150,000 = 850,800
        // ordinary: 85,000 × 0.60 + 750,800 × 0.70 = 51,000 + 525,560 = 576,560 → cap 400,000.00
        // 低保: 92,500 × 0.65 + 750,800 × 0.75 = 60,125 + 563,100 = 623,225.00, no cap
        Bill ordinary = settleLast("jl-2022", ordinary(), inpatient("c1", "2022-02-01", 3, "1000800.00"));
        Bill preferential = settleLast(
                "jl-2022",
                person("1960-01-01", AssistanceCategory.LOW_INCOME_GUARANTEE),
                inpatient("c1", "2022-02-01", 3, "1000800.00"));

        assertThat(ordinary.criticalIllness()).isEqualTo(yuan("400000.00"));
        assertThat(ordinary.lines().get(1)).endsWith("（已达大病保险年度封顶线 400,000.00 元，本年剩余 400,000.00 元）");
        assertThat(preferential.criticalIllness()).isEqualTo(yuan("623225.00"));
    }

    @Test
    void shandongPoorPersonsUseTheirOwnTableAsItStands() {
        // sd-2019 建档立卡: D 5,000; [5,000, 100,000) 0.65, [100,000, 300,000) 0.75, [300,000, ∞) 0.85; no cap
        // c1: in-policy 400,000; basic (400,000 − 1,000) × 0.55 = 219,450 → cap 150,000; base 250,000
        //     95,000 × 0.65 + 150,000 × 0.75 = 61,750 + 112,500 = 174,250.00
        // c2: basic 0 (cap used up); base 100,000; cumulative 250,000 → 350,000
        //     50,000 × 0.75 + 50,000 × 0.85 = 37,500 + 42,500 = 80,000.00
        List<Bill> bills = settle(
                "sd-2019",
                person("1960-01-01", AssistanceCategory.REGISTERED_POOR),
                inpatient("c1", "2019-02-01", 3, "401000.00").outOfPolicy("1000.00"),
                inpatient("c2", "2019-09-01", 3, "100000.00"));

        assertThat(bills).extracting(Bill::criticalIllness).containsExactly(yuan("174250.00"), yuan("80000.00"));
        assertThat(bills.get(1).basic()).isEqualTo(yuan("0.00"));
        assertThat(bills.get(1).lines().get(1))
                .contains("起付线 5,000.00 元（特困/低保/建档立卡/重度残疾倾斜支付）")
                .contains("第二段 75%（50,000.00 元）、第三段 85%（50,000.00 元）");
    }

    @Test
    void paysNothingOnOutpatientClaimsAndKeepsThemOutOfTheCumulativeBase() {
        // outpatient 50,000: not counted; inpatient base as in the first test, 14,800 < 15,000 → 0
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                outpatient("c1", "2022-01-10", "50000.00"),
                inpatient("c2", "2022-02-01", 3, "40800.00"));

        assertThat(bills).extracting(Bill::criticalIllness).containsExactly(yuan("0.00"), yuan("0.00"));
        assertThat(bills.get(0).lines().get(1)).isEqualTo("大病保险：门诊慢性病费用不纳入大病保险，不支付");
    }

    @Test
    void anOrphanIsOrdinaryForShandongCriticalIllnessButClassOneForAssistance() {
        // sd-2019 level 3, 21,000: basic 20,000 × 0.55 = 11,000; base 10,000 < 12,000 (ordinary) → 0
        // (the poor table would pay (10,000 − 5,000) × 0.65 = 3,250); class 1: 10,000 × 0.70 = 7,000.00
        Bill bill = settleLast(
                "sd-2019",
                person("1990-01-01", AssistanceCategory.ORPHAN),
                inpatient("c1", "2019-03-01", 3, "21000.00"));

        assertThat(bill.criticalIllness()).isEqualTo(yuan("0.00"));
        assertThat(bill.assistance()).isEqualTo(yuan("7000.00"));
        assertThat(bill.reassistance()).isEqualTo(yuan("0.00"));
    }
}
