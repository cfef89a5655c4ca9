package cn.ybfp.claims.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The settlement bill of one claim (一单制结算): what every layer paid, what the patient pays, and the rule behind
 * each figure in Chinese. The constructor holds the bill to the invariants of the one-stop settlement: nothing is
 * negative, the layers and the patient together pay exactly the total cost, and the out-of-catalogue cost stays
 * with the patient.
 */
public record Bill(
        String claimId,
        ClaimKind kind,
        LocalDate date,
        BigDecimal totalCost,
        BigDecimal outOfPolicyCost,
        BigDecimal inPolicy,
        BigDecimal basic,
        BigDecimal criticalIllness,
        BigDecimal assistance,
        BigDecimal tiltedAssistance,
        BigDecimal hospitalReduction,
        BigDecimal supplementaryInsurance,
        BigDecimal reassistance,
        BigDecimal personalPayment,
        List<String> lines) {

    public Bill {
        lines = List.copyOf(lines);
        if (anyNegative(
                inPolicy,
                basic,
                criticalIllness,
                assistance,
                tiltedAssistance,
                hospitalReduction,
                supplementaryInsurance,
                reassistance,
                personalPayment)) {
            throw new IllegalStateException("negative amount on the bill of claim " + claimId);
        }
        if (layersTotal(
                                basic,
                                criticalIllness,
                                assistance,
                                tiltedAssistance,
                                hospitalReduction,
                                supplementaryInsurance,
                                reassistance)
                        .add(personalPayment)
                        .compareTo(totalCost)
                != 0) {
            throw new IllegalStateException("layers and personal payment do not add up on claim " + claimId);
        }
        if (personalPayment.compareTo(outOfPolicyCost) < 0) {
            throw new IllegalStateException("a layer paid out-of-catalogue cost on claim " + claimId);
        }
    }

    /** What all layers together paid (everything but the personal payment). */
    public BigDecimal layersTotal() {
        return layersTotal(
                basic,
                criticalIllness,
                assistance,
                tiltedAssistance,
                hospitalReduction,
                supplementaryInsurance,
                reassistance);
    }

    private static BigDecimal layersTotal(BigDecimal... layers) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal layer : layers) {
            total = total.add(layer);
        }
        return total;
    }

    private static boolean anyNegative(BigDecimal... amounts) {
        for (BigDecimal amount : amounts) {
            if (amount.signum() < 0) {
                return true;
            }
        }
        return false;
    }

    /** The same bill with its first rule line (the disease line of an outpatient disease claim) said in full. */
    public Bill withFirstLine(String line) {
        List<String> replaced = new java.util.ArrayList<>(lines);
        replaced.set(0, line);
        return new Bill(
                claimId,
                kind,
                date,
                totalCost,
                outOfPolicyCost,
                inPolicy,
                basic,
                criticalIllness,
                assistance,
                tiltedAssistance,
                hospitalReduction,
                supplementaryInsurance,
                reassistance,
                personalPayment,
                replaced);
    }
}
