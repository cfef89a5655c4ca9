package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.inpatient;
import static cn.ybfp.claims.domain.Cases.ordinary;
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

class ReassistanceLayerTest {

    private static final Person REGISTERED_POOR = person("1960-01-01", AssistanceCategory.REGISTERED_POOR);

    @Test
    void paysSeventyPercentOfTheYearlyRestAboveFiveThousand() {
        // sd-2019 建档立卡 = class 2 of the scheme (deductible 1,000, 50%, limit 10,000), poor table D 5,000
        // c1 level 2: in-policy 60,000; basic (60,000 − 600) × 0.70 = 41,580; base 18,420
        //    ci (18,420 − 5,000) × 0.65 = 8,723; self-pay 9,697; assistance (9,697 − 1,000) × 0.50 = 4,348.50
        //    rest 5,348.50; re-assistance (5,348.50 − 5,000) × 0.70 = 243.95
        //    personal 60,600 − 41,580 − 8,723 − 4,348.50 − 243.95 = 5,704.55
        // c2 level 2, 10,600: basic 10,000 × 0.70 = 7,000; base 3,600, ci × 0.65 = 2,340; self-pay 1,260
        //    assistance 630.00; rest 630 (already above 5,000 for the year) × 0.70 = 441.00
        List<Bill> bills = settle(
                "sd-2019",
                REGISTERED_POOR,
                inpatient("c1", "2019-03-01", 2, "60600.00").outOfPolicy("600.00"),
                inpatient("c2", "2019-07-01", 2, "10600.00"));

        Bill first = bills.get(0);
        assertThat(first.criticalIllness()).isEqualTo(yuan("8723.00"));
        assertThat(first.assistance()).isEqualTo(yuan("4348.50"));
        assertThat(first.reassistance()).isEqualTo(yuan("243.95"));
        assertThat(first.personalPayment()).isEqualTo(yuan("5704.55"));
        assertThat(bills.get(1).reassistance()).isEqualTo(yuan("441.00"));
        assertThat(first.lines().get(4))
                .isEqualTo("再救助：五重保障后本年政策范围内个人负担累计 5,348.50 元，" + "超过 5,000.00 元的部分按 70% 再救助，支付 243.95 元");
    }

    @Test
    void hospitalReductionAndSupplementaryInsuranceComeFirst() {
        // as c1 above, with 200 reduction and 148.50 supplementary: rest 5,000.00, nothing above the threshold
        Bill bill = settleLast(
                "sd-2019",
                REGISTERED_POOR,
                inpatient("c1", "2019-03-01", 2, "60600.00")
                        .outOfPolicy("600.00")
                        .reduction("200.00")
                        .supplementary("148.50"));

        assertThat(bill.reassistance()).isEqualTo(yuan("0.00"));
        assertThat(bill.personalPayment()).isEqualTo(yuan("5600.00"));
    }

    @Test
    void yearlyCapIsTwentyThousand() {
        // level 3, 1,000,000: basic capped 150,000; base 850,000
        // ci 95,000 × 0.65 + 200,000 × 0.75 + 550,000 × 0.85 = 61,750 + 150,000 + 467,500 = 679,250
        // self-pay 170,750; assistance 169,750 × 0.50 → limit 10,000; rest 160,750
        // (160,750 − 5,000) × 0.70 = 109,025 → cap 20,000.00; personal 140,750.00
        Bill bill = settleLast("sd-2019", REGISTERED_POOR, inpatient("c1", "2019-03-01", 3, "1000000.00"));

        assertThat(bill.criticalIllness()).isEqualTo(yuan("679250.00"));
        assertThat(bill.assistance()).isEqualTo(yuan("10000.00"));
        assertThat(bill.reassistance()).isEqualTo(yuan("20000.00"));
        assertThat(bill.personalPayment()).isEqualTo(yuan("140750.00"));
    }

    @Test
    void onlyForTheListedCategories() {
        Bill bill = settleLast("sd-2019", ordinary(), inpatient("c1", "2019-03-01", 3, "1000000.00"));

        assertThat(bill.reassistance()).isEqualTo(yuan("0.00"));
        assertThat(bill.lines()).contains("再救助：非再救助对象，不予再救助");
    }

    @Test
    void paidWhateverTheReferralWhileMedicalAssistanceIsNot() {
        // sd-2019 建档立卡, level 2, non-compliant: basic (60,000 − 600) × (0.70 − 0.10) = 35,640; base 24,360
        // ci (24,360 − 5,000) × 0.65 = 12,584; no assistance; rest 11,776; (11,776 − 5,000) × 0.70 = 4,743.20
        Bill bill = settleLast(
                "sd-2019",
                REGISTERED_POOR,
                inpatient("c1", "2019-03-01", 2, "60600.00")
                        .outOfPolicy("600.00")
                        .referral(Referral.NON_COMPLIANT));

        assertThat(bill.assistance()).isEqualTo(yuan("0.00"));
        assertThat(bill.reassistance()).isEqualTo(yuan("4743.20"));
        assertThat(bill.personalPayment()).isEqualTo(yuan("7632.80"));
    }
}
