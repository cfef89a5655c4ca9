package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.kernel.Money;
import java.math.BigDecimal;

/**
 * One person's running totals under one scheme in one medical year (the calendar year of the claim's date): caps,
 * limits, deductibles and cumulative bases are all yearly, and all start at zero on 1 January. The layers update it
 * as they settle a claim; it holds rounded figures only.
 */
final class YearAccount {

    final int year;
    BigDecimal basicInpatientPaid = Money.ZERO;
    BigDecimal basicOutpatientPaid = Money.ZERO;
    /** The basic deductible applied on the previous inpatient claim of the year (for continuous deductibles). */
    BigDecimal lastInpatientDeductible = Money.ZERO;
    /** The outpatient special-disease deductible applied so far this year, over all special-disease claims. */
    BigDecimal specialDeductibleApplied = Money.ZERO;

    BigDecimal criticalIllnessBase = Money.ZERO;
    BigDecimal criticalIllnessPaid = Money.ZERO;
    /** How much of the class's yearly assistance deductible the person has already borne. */
    BigDecimal assistanceDeductibleMet = Money.ZERO;
    /** Inpatient and outpatient assistance together: they share one yearly limit. */
    BigDecimal assistancePaid = Money.ZERO;

    BigDecimal tiltedBurden = Money.ZERO;
    BigDecimal tiltedPaid = Money.ZERO;
    BigDecimal reassistanceRest = Money.ZERO;
    BigDecimal reassistancePaid = Money.ZERO;
    BigDecimal pkuPaid = Money.ZERO;

    YearAccount(int year) {
        this.year = year;
    }

    /** The account of a year whose earlier claims are already settled and stored. */
    YearAccount(int year, YearTotals totals) {
        this.year = year;
        basicInpatientPaid = totals.basicInpatientPaid();
        basicOutpatientPaid = totals.basicOutpatientPaid();
        lastInpatientDeductible = totals.lastInpatientDeductible();
        criticalIllnessBase = totals.criticalIllnessBase();
        criticalIllnessPaid = totals.criticalIllnessPaid();
        assistanceDeductibleMet = totals.assistanceDeductibleMet();
        assistancePaid = totals.assistancePaid();
        tiltedBurden = totals.tiltedBurden();
        tiltedPaid = totals.tiltedPaid();
        reassistanceRest = totals.reassistanceRest();
        reassistancePaid = totals.reassistancePaid();
        pkuPaid = totals.pkuPaid();
        specialDeductibleApplied = totals.specialDeductibleApplied();
    }

    YearTotals totals() {
        return new YearTotals(
                basicInpatientPaid,
                basicOutpatientPaid,
                lastInpatientDeductible,
                criticalIllnessBase,
                criticalIllnessPaid,
                assistanceDeductibleMet,
                assistancePaid,
                tiltedBurden,
                tiltedPaid,
                reassistanceRest,
                reassistancePaid,
                pkuPaid,
                specialDeductibleApplied);
    }
}
