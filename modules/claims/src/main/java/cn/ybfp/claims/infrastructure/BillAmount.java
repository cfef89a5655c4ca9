package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.domain.Bill;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/** The amounts of a bill under their JSON names, in the order of SETTLEMENT.md's answer. */
enum BillAmount {
    TOTAL_COST("totalCost", Bill::totalCost),
    IN_POLICY("inPolicy", Bill::inPolicy),
    BASIC("basic", Bill::basic),
    CRITICAL_ILLNESS("criticalIllness", Bill::criticalIllness),
    ASSISTANCE("assistance", Bill::assistance),
    TILTED_ASSISTANCE("tiltedAssistance", Bill::tiltedAssistance),
    HOSPITAL_REDUCTION("hospitalReduction", Bill::hospitalReduction),
    SUPPLEMENTARY_INSURANCE("supplementaryInsurance", Bill::supplementaryInsurance),
    REASSISTANCE("reassistance", Bill::reassistance),
    PERSONAL_PAYMENT("personalPayment", Bill::personalPayment);

    /** What the answer of a case shows per claim (its total cost is the sender's own figure). */
    static final Set<BillAmount> ANSWERED = EnumSet.range(IN_POLICY, PERSONAL_PAYMENT);

    final String jsonName;
    private final Function<Bill, BigDecimal> amount;

    BillAmount(String jsonName, Function<Bill, BigDecimal> amount) {
        this.jsonName = jsonName;
        this.amount = amount;
    }

    BigDecimal of(Bill bill) {
        return amount.apply(bill);
    }
}
