package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.inpatient;
import static cn.ybfp.claims.domain.Cases.outpatient;
import static cn.ybfp.claims.domain.Cases.person;
import static cn.ybfp.claims.domain.Cases.scheme;
import static cn.ybfp.claims.domain.Cases.settle;
import static cn.ybfp.claims.domain.Cases.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.claims.domain.SettlementEngine.Settled;
import cn.ybfp.kernel.AssistanceCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims confirmed one at a time, on stored accumulator changes, settle exactly as the whole year at once. */
class SettleNextTest {

    private final Person lowIncome = person("1960-01-01", AssistanceCategory.LOW_INCOME_GUARANTEE);

    @Test
    void oneAtATimeEqualsTheWholeYear() {
        Cases.ClaimBuilder[] claims = {
            inpatient("c1", "2022-02-01", 2, "30000.00"),
            outpatient("c2", "2022-03-01", "2000.00"),
            inpatient("c3", "2022-05-01", 3, "80000.00")
        };
        List<Bill> whole = settle("jl-2022", lowIncome, claims);

        YearTotals totals = YearTotals.NONE;
        for (int i = 0; i < claims.length; i++) {
            Settled settled = SettlementEngine.settleNext(scheme("jl-2022"), lowIncome, claims[i].build(), totals);
            assertThat(settled.bill()).isEqualTo(whole.get(i));
            totals = totals.plus(settled.change());
        }
    }

    @Test
    void aReversedClaimStopsCountingAgainstTheLimit() {
        // class 2 (low income): 70%, yearly limit 30,000; basic level 1: 85% over 200
        Scheme jl = scheme("jl-2022");
        Settled first = SettlementEngine.settleNext(
                jl, lowIncome, inpatient("c1", "2022-02-01", 1, "10200.00").build(), YearTotals.NONE);
        // basic (10,200 − 200) × 0.85 = 8,500.00; the rest 1,700.00 is below the critical-illness line,
        // assistance 1,700.00 × 0.70 = 1,190.00
        assertThat(first.bill().basic()).isEqualTo(yuan("8500.00"));
        assertThat(first.bill().assistance()).isEqualTo(yuan("1190.00"));
        assertThat(first.change().assistancePaid()).isEqualTo(yuan("1190.00"));
        assertThat(first.change().basicInpatientPaid()).isEqualTo(yuan("8500.00"));
        assertThat(first.change().lastInpatientDeductible()).isEqualTo(yuan("200.00"));

        // after the reversal of c1 the correction settles as if c1 had never been: the same figures again
        Settled correction = SettlementEngine.settleNext(
                jl, lowIncome, inpatient("c1-fix", "2022-02-01", 1, "10200.00").build(), YearTotals.NONE);
        assertThat(correction.change()).isEqualTo(first.change());
        // on top of c1 instead, the year's totals add up
        YearTotals both = first.change().plus(correction.change());
        assertThat(both.assistancePaid()).isEqualTo(yuan("2380.00"));
        assertThat(both.basicPaid()).isEqualTo(yuan("17000.00"));
    }

    @Test
    void anOutpatientClaimKeepsTheLastInpatientDeductible() {
        YearTotals afterInpatient = YearTotals.NONE.plus(SettlementEngine.settleNext(
                        scheme("jl-2022"),
                        lowIncome,
                        inpatient("c1", "2022-02-01", 3, "5000.00").build(),
                        YearTotals.NONE)
                .change());
        Settled outpatientClaim = SettlementEngine.settleNext(
                scheme("jl-2022"),
                lowIncome,
                outpatient("c2", "2022-03-01", "500.00").build(),
                afterInpatient);

        assertThat(outpatientClaim.change().lastInpatientDeductible()).isNull();
        assertThat(afterInpatient.plus(outpatientClaim.change()).lastInpatientDeductible())
                .isEqualTo(yuan("800.00"));
    }

    @Test
    void atAnInstitutionNotDesignatedForAssistanceNoAssistanceLayerPays() {
        // the same claim as above: assistance 1,190.00 at a designated institution; none elsewhere, so the person
        // pays the 1,700.00 the basic insurance leaves (吉政办发〔2022〕16号 七（十二）)
        Settled elsewhere = SettlementEngine.settleNext(
                scheme("jl-2022"),
                lowIncome,
                inpatient("c1", "2022-02-01", 1, "10200.00").build(),
                YearTotals.NONE,
                false);
        assertThat(elsewhere.bill().basic()).isEqualTo(yuan("8500.00"));
        assertThat(elsewhere.bill().assistance()).isEqualTo(yuan("0.00"));
        assertThat(elsewhere.bill().tiltedAssistance()).isEqualTo(yuan("0.00"));
        assertThat(elsewhere.bill().personalPayment()).isEqualTo(yuan("1700.00"));
        assertThat(elsewhere.change().assistancePaid()).isEqualTo(yuan("0.00"));
    }
}
