package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.inpatient;
import static cn.ybfp.claims.domain.Cases.ordinary;
import static cn.ybfp.claims.domain.Cases.person;
import static cn.ybfp.claims.domain.Cases.pku;
import static cn.ybfp.claims.domain.Cases.settle;
import static cn.ybfp.claims.domain.Cases.settleLast;
import static cn.ybfp.claims.domain.Cases.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.kernel.AssistanceCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class PkuSpecialFoodRuleTest {

    @Test
    void childrenGetSeventyFivePercentUpToFifteenThousandAYear() {
        // sd-2019, an ordinary insured child: 8,000 × 0.75 = 6,000.00; 16,000 × 0.75 = 12,000 > 15,000 − 6,000
        List<Bill> bills = settle(
                "sd-2019",
                person("2010-01-01"),
                pku("c1", "2019-02-01", "8000.00"),
                pku("c2", "2019-06-01", "16000.00"));

        assertThat(bills).extracting(Bill::assistance).containsExactly(yuan("6000.00"), yuan("9000.00"));
        assertThat(bills.get(0).lines().get(2))
                .isEqualTo("医疗救助（苯丙酮尿症特殊治疗食品，不计入年度救助限额）：" + "政策范围内费用 8,000.00 元，18 周岁及以下，救助比例 75%，支付 6,000.00 元");
    }

    @Test
    void afterTheEighteenthYearTheAdultBandCountsAgainstTheSameYearlyTotal() {
        // born 2000-07-01: aged 18 on 2019-06-30 → 10,000 × 0.75 = 7,500.00
        // aged 19 on 2019-07-01 → 10,000 × 0.70 = 7,000 > 12,000 − 7,500 = 4,500.00
        List<Bill> bills = settle(
                "sd-2019",
                person("2000-07-01"),
                pku("c1", "2019-06-30", "10000.00"),
                pku("c2", "2019-07-01", "10000.00"));

        assertThat(bills).extracting(Bill::assistance).containsExactly(yuan("7500.00"), yuan("4500.00"));
    }

    @Test
    void staysOutsideTheYearlyAssistanceLimit() {
        // sd-2019 低保 child: PKU 20,000 × 0.75 = 15,000 (cap), then the class-1 limit of 10,000 is still whole:
        // level 1, 148,800: self-pay 13,750 (see MedicalAssistanceLayerTest) × 0.70 = 9,625.00
        List<Bill> bills = settle(
                "sd-2019",
                person("2010-01-01", AssistanceCategory.LOW_INCOME_GUARANTEE),
                pku("c1", "2019-02-01", "20000.00"),
                inpatient("c2", "2019-03-01", 1, "148800.00"));

        assertThat(bills).extracting(Bill::assistance).containsExactly(yuan("15000.00"), yuan("9625.00"));
    }

    @Test
    void schemeWithoutThePkuRulePaysNothing() {
        Bill bill = settleLast("jl-2022", ordinary(), pku("c1", "2022-02-01", "1000.00"));

        assertThat(bill.layersTotal()).isEqualTo(yuan("0.00"));
        assertThat(bill.personalPayment()).isEqualTo(yuan("1000.00"));
        assertThat(bill.lines()).contains("医疗救助（苯丙酮尿症特殊治疗食品，不计入年度救助限额）：本方案未设此项救助，不支付");
    }

    @Test
    void likeAllAssistanceNotPaidForANonCompliantReferral() {
        Bill bill = settleLast(
                "sd-2019",
                person("2010-01-01"),
                pku("c1", "2019-02-01", "8000.00").referral(Referral.NON_COMPLIANT));

        assertThat(bill.assistance()).isEqualTo(yuan("0.00"));
    }
}
