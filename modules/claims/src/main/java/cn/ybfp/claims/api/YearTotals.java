package cn.ybfp.claims.api;

import cn.ybfp.kernel.Money;
import java.math.BigDecimal;

/**
 * A person's yearly accumulators as figures that can be stored (caps, limits, deductibles and cumulative bases, see
 * the domain's {@code YearAccount}). A confirmed claim stores its <em>change</em> ({@link #changeFrom}); the accumulators before
 * the next claim are the sum of the changes of the year's claims that stand, so a reversed claim simply stops
 * counting and no stored bill is ever recomputed.
 *
 * @param lastInpatientDeductible the basic deductible of the latest inpatient claim (continuous deductibles); in a
 *                                change, null when the claim was not an inpatient claim
 * @param specialDeductibleApplied the outpatient special-disease deductible applied this year, over all the year's
 *                                 special-disease claims (one deductible a year for them together)
 */
public record YearTotals(
        BigDecimal basicInpatientPaid,
        BigDecimal basicOutpatientPaid,
        BigDecimal lastInpatientDeductible,
        BigDecimal criticalIllnessBase,
        BigDecimal criticalIllnessPaid,
        BigDecimal assistanceDeductibleMet,
        BigDecimal assistancePaid,
        BigDecimal tiltedBurden,
        BigDecimal tiltedPaid,
        BigDecimal reassistanceRest,
        BigDecimal reassistancePaid,
        BigDecimal pkuPaid,
        BigDecimal specialDeductibleApplied) {

    public static final YearTotals NONE = new YearTotals(
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO,
            Money.ZERO);

    /** These accumulators after one more claim's change. */
    public YearTotals plus(YearTotals change) {
        return new YearTotals(
                basicInpatientPaid.add(change.basicInpatientPaid),
                basicOutpatientPaid.add(change.basicOutpatientPaid),
                change.lastInpatientDeductible == null ? lastInpatientDeductible : change.lastInpatientDeductible,
                criticalIllnessBase.add(change.criticalIllnessBase),
                criticalIllnessPaid.add(change.criticalIllnessPaid),
                assistanceDeductibleMet.add(change.assistanceDeductibleMet),
                assistancePaid.add(change.assistancePaid),
                tiltedBurden.add(change.tiltedBurden),
                tiltedPaid.add(change.tiltedPaid),
                reassistanceRest.add(change.reassistanceRest),
                reassistancePaid.add(change.reassistancePaid),
                pkuPaid.add(change.pkuPaid),
                specialDeductibleApplied.add(change.specialDeductibleApplied));
    }

    /** What one claim changed: these accumulators (after it) minus {@code before}. */
    public YearTotals changeFrom(YearTotals before, boolean inpatient) {
        return new YearTotals(
                basicInpatientPaid.subtract(before.basicInpatientPaid),
                basicOutpatientPaid.subtract(before.basicOutpatientPaid),
                inpatient ? lastInpatientDeductible : null,
                criticalIllnessBase.subtract(before.criticalIllnessBase),
                criticalIllnessPaid.subtract(before.criticalIllnessPaid),
                assistanceDeductibleMet.subtract(before.assistanceDeductibleMet),
                assistancePaid.subtract(before.assistancePaid),
                tiltedBurden.subtract(before.tiltedBurden),
                tiltedPaid.subtract(before.tiltedPaid),
                reassistanceRest.subtract(before.reassistanceRest),
                reassistancePaid.subtract(before.reassistancePaid),
                pkuPaid.subtract(before.pkuPaid),
                specialDeductibleApplied.subtract(before.specialDeductibleApplied));
    }

    /** Basic insurance paid this year, inpatient and outpatient together. */
    public BigDecimal basicPaid() {
        return basicInpatientPaid.add(basicOutpatientPaid);
    }
}
