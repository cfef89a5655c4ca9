package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.YearTotals;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * What a confirmed claim changed in its year's accumulators ({@link YearTotals}), as it is stored with the claim: the
 * accumulators before a claim are the sum of the changes of the year's claims that stand.
 */
@Embeddable
public record StoredChange(
        @Column(name = "ch_basic_inpatient", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal basicInpatientPaid,

        @Column(name = "ch_basic_outpatient", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal basicOutpatientPaid,

        @Column(name = "ch_inpatient_deductible", precision = 12, scale = 2, updatable = false)
        BigDecimal lastInpatientDeductible,

        @Column(name = "ch_ci_base", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal criticalIllnessBase,

        @Column(name = "ch_ci_paid", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal criticalIllnessPaid,

        @Column(name = "ch_assist_deductible", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal assistanceDeductibleMet,

        @Column(name = "ch_assist_paid", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal assistancePaid,

        @Column(name = "ch_tilted_burden", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal tiltedBurden,

        @Column(name = "ch_tilted_paid", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal tiltedPaid,

        @Column(name = "ch_reassist_rest", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal reassistanceRest,

        @Column(name = "ch_reassist_paid", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal reassistancePaid,

        @Column(name = "ch_pku_paid", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal pkuPaid,

        // 0 on the claims stored before outpatient special diseases were settled (the column's default)
        @Column(name = "ch_special_deductible", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal specialDeductibleApplied) {

    static StoredChange of(YearTotals t) {
        return new StoredChange(
                t.basicInpatientPaid(),
                t.basicOutpatientPaid(),
                t.lastInpatientDeductible(),
                t.criticalIllnessBase(),
                t.criticalIllnessPaid(),
                t.assistanceDeductibleMet(),
                t.assistancePaid(),
                t.tiltedBurden(),
                t.tiltedPaid(),
                t.reassistanceRest(),
                t.reassistancePaid(),
                t.pkuPaid(),
                t.specialDeductibleApplied());
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
