package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.inpatient;
import static cn.ybfp.claims.domain.Cases.person;
import static cn.ybfp.claims.domain.Cases.settle;
import static cn.ybfp.claims.domain.Cases.settleLast;
import static cn.ybfp.claims.domain.Cases.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.kernel.AssistanceCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class TiltedAssistanceLayerTest {

    @Test
    void paysHalfOfTheYearlyBurdenAboveTenThousandOutsideTheAssistanceLimit() {
        // jl-2022 低保 adult (class 2: 70%, limit 30,000; preferential D 7,500 at 65% / 75%), level 3, 100,800 each
        // c1: basic 65,000; base 35,800; ci (35,800 − 7,500) × 0.65 = 18,395; self-pay 17,405
        //     assistance × 0.70 = 12,183.50; burden 5,221.50 < 10,000 → 0
        // c2: basic 65,000 (130,000 of 150,000); base 35,800 (71,600); ci 35,800 × 0.65 = 23,270; self-pay 12,530
        //     assistance 8,771.00; burden 3,759 → 8,980.50 < 10,000 → 0
        // c3: basic 65,000 → 20,000 left of the cap; base 80,800 (71,600 → 152,400)
        //     ci 28,400 × 0.65 + 52,400 × 0.75 = 18,460 + 39,300 = 57,760; self-pay 23,040
        //     assistance 23,040 × 0.70 = 16,128 → 30,000 − 20,954.50 = 9,045.50 left of the limit
        //     burden 23,040 − 9,045.50 = 13,994.50 → 22,975.00; tilted (22,975 − 10,000) × 0.50 = 6,487.50
        //     personal 100,800 − 20,000 − 57,760 − 9,045.50 − 6,487.50 = 7,507.00
        List<Bill> bills = settle(
                "jl-2022",
                person("1980-01-01", AssistanceCategory.LOW_INCOME_GUARANTEE),
                inpatient("c1", "2022-03-01", 3, "100800.00"),
                inpatient("c2", "2022-08-01", 3, "100800.00"),
                inpatient("c3", "2022-10-01", 3, "100800.00"));

        assertThat(bills)
                .extracting(Bill::assistance)
                .containsExactly(yuan("12183.50"), yuan("8771.00"), yuan("9045.50"));
        assertThat(bills)
                .extracting(Bill::tiltedAssistance)
                .containsExactly(yuan("0.00"), yuan("0.00"), yuan("6487.50"));
        Bill last = bills.get(2);
        assertThat(last.basic()).isEqualTo(yuan("20000.00"));
        assertThat(last.criticalIllness()).isEqualTo(yuan("57760.00"));
        assertThat(last.personalPayment()).isEqualTo(yuan("7507.00"));
        assertThat(last.lines().get(3))
                .isEqualTo("倾斜救助（不计入年度救助限额）：三重制度保障后本年政策范围内个人负担累计 "
                        + "22,975.00 元，超过 10,000.00 元的部分按 50% 救助，支付 6,487.50 元");
        assertThat(bills.get(0).lines().get(3)).endsWith("累计 5,221.50 元，未超过 10,000.00 元，支付 0.00 元");
    }

    @Test
    void outOfProvinceClaimsNeitherGetTiltedAssistanceNorCountTowardsTheBurden() {
        // jl-2022 class 3 (deductible 3,000, 60%, limit 20,000; ordinary D 15,000 at 60%), level 3, 100,800 each
        // c1 out of province: basic 100,000 × 0.55 = 55,000; base 45,800; ci 30,800 × 0.60 = 18,480
        //    self-pay 27,320; eligible 24,320 × 0.60 = 14,592.00; burden 12,728 would pass 10,000, but: no tilted
        // c2 in province: basic 65,000; base 35,800 (45,800 → 81,600), ci 35,800 × 0.60 = 21,480; self-pay 14,320
        //    assistance 14,320 × 0.60 = 8,592 → 20,000 − 14,592 = 5,408.00 left; burden 8,912 < 10,000 → 0
        List<Bill> bills = settle(
                "jl-2022",
                person("1980-01-01", AssistanceCategory.MARGINAL_LOW_INCOME),
                inpatient("c1", "2022-03-01", 3, "100800.00").outOfProvince(),
                inpatient("c2", "2022-05-01", 3, "100800.00"));

        assertThat(bills).extracting(Bill::assistance).containsExactly(yuan("14592.00"), yuan("5408.00"));
        assertThat(bills).extracting(Bill::tiltedAssistance).containsExactly(yuan("0.00"), yuan("0.00"));
        assertThat(bills.get(0).lines().get(3)).isEqualTo("倾斜救助（不计入年度救助限额）：省外就医，不予倾斜救助");
        assertThat(bills.get(1).lines().get(3)).contains("累计 8,912.00 元，未超过 10,000.00 元");
    }

    @Test
    void classThreeInProvinceGetsIt() {
        // the c2 of the test above alone: basic 65,000; base 35,800; ci 20,800 × 0.60 = 12,480; self-pay 23,320
        // eligible 20,320 × 0.60 = 12,192; burden 11,128; tilted (11,128 − 10,000) × 0.50 = 564.00
        Bill bill = settleLast(
                "jl-2022",
                person("1980-01-01", AssistanceCategory.MARGINAL_LOW_INCOME),
                inpatient("c1", "2022-05-01", 3, "100800.00"));

        assertThat(bill.tiltedAssistance()).isEqualTo(yuan("564.00"));
    }

    @Test
    void classFourIsNotListed() {
        Bill bill = settleLast(
                "jl-2022",
                person("1980-01-01", AssistanceCategory.ILLNESS_IMPOVERISHED),
                inpatient("c1", "2022-05-01", 3, "100800.00"));

        assertThat(bill.tiltedAssistance()).isEqualTo(yuan("0.00"));
        assertThat(bill.lines().get(3)).isEqualTo("倾斜救助（不计入年度救助限额）：四类救助对象不享受倾斜救助");
    }

    @Test
    void shandongHasNoTiltedLayer() {
        Bill bill = settleLast(
                "sd-2019",
                person("1980-01-01", AssistanceCategory.LOW_INCOME_GUARANTEE),
                inpatient("c1", "2019-05-01", 3, "100800.00"));

        assertThat(bill.tiltedAssistance()).isEqualTo(yuan("0.00"));
        assertThat(bill.lines()).noneMatch(line -> line.startsWith("倾斜救助"));
    }
}
