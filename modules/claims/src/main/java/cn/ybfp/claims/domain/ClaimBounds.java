package cn.ybfp.claims.domain;

import cn.ybfp.claims.domain.InvalidCaseException.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a claim can be at all, before any policy rule: costs no larger than a bound (demo 10,000,000.00 yuan, a
 * typing slip of a few zeros otherwise pays out real money), and a date between the person's birth and death that
 * is not in the future. A claim outside them is a mistake or a forgery, never a case for the engine.
 */
public final class ClaimBounds {

    private ClaimBounds() {}

    /**
     * @param death the day of death the register records, or null
     * @throws InvalidCaseException naming every field out of bounds
     */
    public static void check(Claim claim, LocalDate birth, LocalDate death, LocalDate today, BigDecimal maxAmount) {
        List<Problem> problems = new ArrayList<>();
        if (claim.date().isAfter(today)) {
            problems.add(Problem.ofClaim(claim.id(), CaseField.DATE, "date.inFuture", today.toString()));
        }
        if (claim.date().isBefore(birth)) {
            problems.add(Problem.ofClaim(claim.id(), CaseField.DATE, "date.beforeBirth"));
        }
        if (death != null && claim.date().isAfter(death)) {
            problems.add(Problem.ofClaim(claim.id(), CaseField.DATE, "date.afterDeath", death.toString()));
        }
        amount(claim, CaseField.TOTAL_COST, claim.totalCost(), maxAmount, problems);
        amount(claim, CaseField.OUT_OF_POLICY_COST, claim.outOfPolicyCost(), maxAmount, problems);
        amount(claim, CaseField.HOSPITAL_REDUCTION, claim.hospitalReduction(), maxAmount, problems);
        amount(claim, CaseField.SUPPLEMENTARY_INSURANCE, claim.supplementaryInsurance(), maxAmount, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
    }

    private static void amount(
            Claim claim, CaseField field, BigDecimal amount, BigDecimal maxAmount, List<Problem> problems) {
        if (amount.compareTo(maxAmount) > 0) {
            problems.add(Problem.ofClaim(claim.id(), field, "amount.tooLarge", maxAmount.toPlainString()));
        }
    }
}
