package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.inpatient;
import static cn.ybfp.claims.domain.Cases.ordinary;
import static cn.ybfp.claims.domain.Cases.person;
import static cn.ybfp.claims.domain.Cases.settle;
import static cn.ybfp.claims.domain.Cases.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.kernel.AssistanceCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettlementEngineTest {

    @Test
    void settlesInDateOrderAndKeepsTheGivenOrderOnTheSameDay() {
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                inpatient("late", "2022-09-01", 1, "1000.00"),
                inpatient("same-a", "2022-03-01", 1, "1000.00"),
                inpatient("early", "2022-01-01", 1, "1000.00"),
                inpatient("same-b", "2022-03-01", 1, "1000.00"));

        assertThat(bills).extracting(Bill::claimId).containsExactly("early", "same-a", "same-b", "late");
    }

    @Test
    void capsStartAfreshOnTheFirstOfJanuary() {
        // c1 on 31 December: (150,200 − 200) × 0.85 = 127,500.00
        // c2 on 1 January: a new year, (40,200 − 200) × 0.85 = 34,000.00 in full (22,500 in the same year)
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-12-31", 1, "150200.00"),
                inpatient("c2", "2023-01-01", 1, "40200.00"));

        assertThat(bills).extracting(Bill::basic).containsExactly(yuan("127500.00"), yuan("34000.00"));
    }

    @Test
    void continuousDeductibleAndAssistanceDeductibleStartAfreshToo() {
        // jl-2022 class 3 (deductible 3,000 at 60%), level 3
        // c1 2022-12-20, 5,000: deductible 800; basic 4,200 × 0.65 = 2,730; self-pay 2,270 → all deductible
        // c2 2023-01-05, compliant, 10,800: a new year, so the full 800 is due again: basic 6,500
        //    self-pay 4,300; the class-3 deductible is whole again: (4,300 − 3,000) × 0.60 = 780.00
        List<Bill> bills = settle(
                "jl-2022",
                person("1970-01-01", AssistanceCategory.MARGINAL_LOW_INCOME),
                inpatient("c1", "2022-12-20", 3, "5000.00"),
                inpatient("c2", "2023-01-05", 3, "10800.00").referral(Referral.COMPLIANT));

        assertThat(bills).extracting(Bill::basic).containsExactly(yuan("2730.00"), yuan("6500.00"));
        assertThat(bills).extracting(Bill::assistance).containsExactly(yuan("0.00"), yuan("780.00"));
    }

    @Test
    void aLaterClaimNeverChangesAnEarlierBill() {
        List<Bill> alone = settle("jl-2022", ordinary(), inpatient("c1", "2022-03-01", 2, "50000.00"));
        List<Bill> withLater = settle(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-03-01", 2, "50000.00"),
                inpatient("c2", "2022-04-01", 2, "90000.00"));

        assertThat(withLater.get(0)).isEqualTo(alone.get(0));
    }

    @Test
    void everyBillEndsWithThePersonalPayment() {
        List<Bill> bills = settle(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-03-01", 2, "10400.00").outOfPolicy("400.00"));

        // basic 9,600 × 0.75 = 7,200; personal 10,400 − 7,200 = 3,200
        assertThat(bills.get(0).lines()).last().isEqualTo("个人支付：3,200.00 元（其中目录外费用 400.00 元，各项保障均不支付）");
    }
}
