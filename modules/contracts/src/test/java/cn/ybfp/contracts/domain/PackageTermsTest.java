package cn.ybfp.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.contracts.api.PaymentRule;
import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.kernel.AssistanceCategory;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PackageTermsTest {

    @Test
    void theDemoPackagesKeepTheirBounds() {
        assertThat(ContractFeePaymentTest.BASIC.breaches()).isEmpty();
        assertThat(ContractFeePaymentTest.CHRONIC.breaches()).isEmpty();
    }

    @Test
    void sharesMustAddUpToTheFeeAndTheFundMayNotPayMoreThanItsShare() {
        var terms = new PackageTerms(
                new BigDecimal("200.00"),
                new BigDecimal("100.00"),
                new BigDecimal("70.00"),
                new BigDecimal("20.00"), // 190 ≠ 200
                ServiceType.CHRONIC_FOLLOW_UP,
                0,
                PaymentRule.EACH_CONTRACT_QUARTER,
                new BigDecimal("25.01")); // 4 × 25.01 = 100.04 > 100
        assertThat(terms.breaches()).containsExactly("terms.shares", "terms.requiredCount", "terms.fundPayment");
        var negative = new PackageTerms(
                new BigDecimal("0"),
                new BigDecimal("-10"),
                new BigDecimal("10"),
                new BigDecimal("0.001"),
                ServiceType.HEALTH_ASSESSMENT,
                1,
                PaymentRule.ONCE_WHEN_MET,
                new BigDecimal("0"));
        assertThat(negative.breaches()).contains("terms.amount");
    }

    @Test
    void anExemptCategoryPaysNoPersonalShare() {
        Set<AssistanceCategory> exempt = Set.of(AssistanceCategory.LOW_INCOME_GUARANTEE, AssistanceCategory.ORPHAN);
        assertThat(PersonalShare.of(
                        ContractFeePaymentTest.CHRONIC, Set.of(AssistanceCategory.LOW_INCOME_GUARANTEE), exempt))
                .isEqualTo(new BigDecimal("0.00"));
        assertThat(PersonalShare.of(ContractFeePaymentTest.CHRONIC, Set.of(AssistanceCategory.STABLE_LIFTED), exempt))
                .isEqualTo(new BigDecimal("30.00"));
        assertThat(PersonalShare.of(ContractFeePaymentTest.BASIC, Set.of(), exempt))
                .isEqualTo(new BigDecimal("10.00"));
    }
}
