package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.Bill;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What each layer of a confirmed claim's {@link Bill} paid, what the patient pays, and the rule lines, as stored with
 * the claim; the claim's own figures (total and out-of-catalogue cost) complete the bill.
 */
@Embeddable
public record StoredBill(
        @Column(name = "in_policy", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal inPolicy,

        @Column(nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal basic,

        @Column(name = "critical_illness", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal criticalIllness,

        @Column(nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal assistance,

        @Column(name = "tilted_assistance", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal tiltedAssistance,

        @Column(name = "hospital_reduction", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal hospitalReduction,

        @Column(nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal supplementary,

        @Column(nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal reassistance,

        @Column(name = "personal_payment", nullable = false, precision = 12, scale = 2, updatable = false)
        BigDecimal personalPayment,

        @Column(name = "rule_lines", nullable = false, length = 8000, updatable = false)
        String ruleLines) {

    static StoredBill of(Bill bill) {
        return new StoredBill(
                bill.inPolicy(),
                bill.basic(),
                bill.criticalIllness(),
                bill.assistance(),
                bill.tiltedAssistance(),
                bill.hospitalReduction(),
                bill.supplementaryInsurance(),
                bill.reassistance(),
                bill.personalPayment(),
                String.join("\n", bill.lines()));
    }

    List<String> lines() {
        return ruleLines.isEmpty() ? List.of() : List.of(ruleLines.split("\n"));
    }
}
