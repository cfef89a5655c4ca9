package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.inpatient;
import static cn.ybfp.claims.domain.Cases.ordinary;
import static cn.ybfp.claims.domain.Cases.settleLast;
import static cn.ybfp.claims.domain.Cases.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.Bill;
import org.junit.jupiter.api.Test;

class HospitalReductionLayerTest {

    @Test
    void takesReportedAmountsAsGiven() {
        // jl-2022 ordinary, level 2: in-policy 10,000; basic 9,600 × 0.75 = 7,200; self-pay 2,800
        // reduction 500 and supplementary 300 fit; personal 10,400 − 7,200 − 500 − 300 = 2,400.00
        Bill bill = settleLast(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-03-10", 2, "10400.00")
                        .outOfPolicy("400.00")
                        .reduction("500.00")
                        .supplementary("300.00"));

        assertThat(bill.hospitalReduction()).isEqualTo(yuan("500.00"));
        assertThat(bill.supplementaryInsurance()).isEqualTo(yuan("300.00"));
        assertThat(bill.personalPayment()).isEqualTo(yuan("2400.00"));
    }

    @Test
    void neverPaysMoreThanTheInPolicyCostLeftSoOutOfPolicyCostStaysWithThePatient() {
        // in-policy self-pay 2,800: the reduction of 3,000 is cut to 2,800, the supplementary 500 to 0
        Bill bill = settleLast(
                "jl-2022",
                ordinary(),
                inpatient("c1", "2022-03-10", 2, "10400.00")
                        .outOfPolicy("400.00")
                        .reduction("3000.00")
                        .supplementary("500.00"));

        assertThat(bill.hospitalReduction()).isEqualTo(yuan("2800.00"));
        assertThat(bill.supplementaryInsurance()).isEqualTo(yuan("0.00"));
        assertThat(bill.personalPayment()).isEqualTo(yuan("400.00"));
        assertThat(bill.lines().get(4))
                .isEqualTo(
                        "医疗机构减免 2,800.00 元（申报 3,000.00 元，以政策范围内个人负担为限），" + "商业补充保险 0.00 元（申报 500.00 元，以政策范围内个人负担为限）");
    }
}
