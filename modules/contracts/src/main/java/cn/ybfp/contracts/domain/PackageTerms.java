package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.PaymentRule;
import cn.ybfp.contracts.api.ServiceType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A service package's money and requirement (吉医保发〔2019〕52号 三（二）: the fund pays its part of the contract fee
 * by the recorded service volume and frequency; the amounts are local policy, so each is a parameter). The fee is
 * shared by the insurance fund (医保基金), the basic public-health funds (基本公卫经费) and the resident (个人).
 *
 * @param requiredCount how many services of {@code requiredService} each payment needs: in the contract year
 *                      ({@link PaymentRule#ONCE_WHEN_MET}) or in each contract quarter
 * @param fundPayment   what the fund pays each time the requirement is met
 */
public record PackageTerms(
        BigDecimal fee,
        BigDecimal fundShare,
        BigDecimal publicHealthShare,
        BigDecimal residentShare,
        ServiceType requiredService,
        int requiredCount,
        PaymentRule paymentRule,
        BigDecimal fundPayment) {

    /** How many payments a full contract year can bring. */
    public int paymentsPerYear() {
        return paymentRule == PaymentRule.ONCE_WHEN_MET ? 1 : ContractYear.QUARTERS;
    }

    /**
     * The keys of the bounds the terms break ({@code terms.*} of the module's texts), empty when none: the three
     * shares add up to the fee, nothing is negative or finer than a fen, a payment needs at least one service, and the
     * fund never pays more in a year than its share.
     */
    public List<String> breaches() {
        List<String> breaches = new ArrayList<>();
        List<BigDecimal> amounts = List.of(fee, fundShare, publicHealthShare, residentShare, fundPayment);
        if (amounts.stream()
                .anyMatch(a -> a.signum() < 0 || a.stripTrailingZeros().scale() > 2)) {
            breaches.add("terms.amount");
        }
        if (fundShare.add(publicHealthShare).add(residentShare).compareTo(fee) != 0) {
            breaches.add("terms.shares");
        }
        if (requiredCount < 1) {
            breaches.add("terms.requiredCount");
        }
        if (fundPayment.multiply(BigDecimal.valueOf(paymentsPerYear())).compareTo(fundShare) > 0) {
            breaches.add("terms.fundPayment");
        }
        return breaches;
    }
}
