package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.PaymentRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the insurance fund owes for one contract by a given day (吉医保发〔2019〕52号 三（二）: 根据家庭医生服务量、频次记录
 * ，将家庭医生签约服务费…医保基金支付的费用一并拨付到位). Each payment the package can bring is an <em>obligation</em> with
 * its period: the contract year for {@link PaymentRule#ONCE_WHEN_MET}, each contract quarter for
 * {@link PaymentRule#EACH_CONTRACT_QUARTER}. An obligation is <b>met</b> on the day of the period's
 * {@code requiredCount}-th service of the required type, and is then due in the calendar quarter of that day;
 * <b>missed</b> when its period is over without it; <b>open</b> while its period runs.
 */
public final class ContractFeePayment {

    private ContractFeePayment() {}

    /** Whether an obligation is met, missed or still open on the day. */
    public enum Outcome {
        MET,
        MISSED,
        OPEN
    }

    /**
     * One obligation as of a day.
     *
     * @param key    {@code YEAR}, or {@code Q1}–{@code Q4} for the contract quarters: with the contract, it names the
     *               payment, which is made once whatever run finds it
     * @param metOn  the day the requirement was met (null unless met)
     * @param amount what the fund pays when it is met
     */
    public record Obligation(
            String key, ContractYear.Period period, Outcome outcome, LocalDate metOn, BigDecimal amount) {

        /** The calendar quarter the payment is due in: that of the day it was met. */
        public Quarter dueIn() {
            return Quarter.of(metOn);
        }
    }

    /**
     * @param serviceDates the days of the contract's services of the package's required type, any order; a day that
     *                     appears twice counts twice only if two records were accepted for it (they are not: one per
     *                     type and day)
     * @param asOf         the last day counted: a service after it is not known yet, a period running past it is open
     */
    public static List<Obligation> assess(
            PackageTerms terms, ContractYear year, List<LocalDate> serviceDates, LocalDate asOf) {
        List<ContractYear.Period> periods = terms.paymentRule() == PaymentRule.ONCE_WHEN_MET
                ? List.of(new ContractYear.Period(year.signedOn(), year.lastDay()))
                : year.quarters();
        List<LocalDate> known =
                serviceDates.stream().filter(d -> !d.isAfter(asOf)).sorted().toList();
        return java.util.stream.IntStream.range(0, periods.size())
                .mapToObj(i -> assess(
                        terms,
                        terms.paymentRule() == PaymentRule.ONCE_WHEN_MET ? "YEAR" : "Q" + (i + 1),
                        periods.get(i),
                        known,
                        asOf))
                .toList();
    }

    private static Obligation assess(
            PackageTerms terms, String key, ContractYear.Period period, List<LocalDate> known, LocalDate asOf) {
        List<LocalDate> inPeriod = known.stream().filter(period::contains).toList();
        if (inPeriod.size() >= terms.requiredCount()) {
            LocalDate metOn = inPeriod.get(terms.requiredCount() - 1);
            return new Obligation(key, period, Outcome.MET, metOn, terms.fundPayment());
        }
        Outcome outcome = period.to().isAfter(asOf) ? Outcome.OPEN : Outcome.MISSED;
        return new Obligation(key, period, outcome, null, terms.fundPayment());
    }
}
