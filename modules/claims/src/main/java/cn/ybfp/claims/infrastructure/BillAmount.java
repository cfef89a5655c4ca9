package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.api.Bill;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/** The amounts of a bill under their JSON names, in the order of SETTLEMENT.md's answer. */
enum BillAmount {
    TOTAL_COST("totalCost"),
    IN_POLICY("inPolicy"),
    BASIC("basic"),
    CRITICAL_ILLNESS("criticalIllness"),
    ASSISTANCE("assistance"),
    TILTED_ASSISTANCE("tiltedAssistance"),
    HOSPITAL_REDUCTION("hospitalReduction"),
    SUPPLEMENTARY_INSURANCE("supplementaryInsurance"),
    REASSISTANCE("reassistance"),
    PERSONAL_PAYMENT("personalPayment");

    /** What the answer of a case shows per claim (its total cost is the sender's own figure). */
    static final Set<BillAmount> ANSWERED = EnumSet.range(IN_POLICY, PERSONAL_PAYMENT);

    final String jsonName;

    BillAmount(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * A switch rather than a method reference per constant: the batch reads every amount of a million bills, and
     * ten lambdas behind one call site are a call the JIT cannot inline (and ten classes spun at start-up).
     */
    BigDecimal of(Bill bill) {
        return switch (this) {
            case TOTAL_COST -> bill.totalCost();
            case IN_POLICY -> bill.inPolicy();
            case BASIC -> bill.basic();
            case CRITICAL_ILLNESS -> bill.criticalIllness();
            case ASSISTANCE -> bill.assistance();
            case TILTED_ASSISTANCE -> bill.tiltedAssistance();
            case HOSPITAL_REDUCTION -> bill.hospitalReduction();
            case SUPPLEMENTARY_INSURANCE -> bill.supplementaryInsurance();
            case REASSISTANCE -> bill.reassistance();
            case PERSONAL_PAYMENT -> bill.personalPayment();
        };
    }
}
