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
     * The claim's date: not after today, not before birth, not after death. Checked before anything else, since no
     * scheme or rule applies to a day that cannot be.
     *
     * @param death the day of death the register records, or null
     * @throws InvalidCaseException naming every problem of the date
     */
    public static void checkDate(String claimId, LocalDate date, LocalDate birth, LocalDate death, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (date.isAfter(today)) {
            problems.add(Problem.ofClaim(claimId, CaseField.DATE, "date.inFuture", today.toString()));
        }
        if (date.isBefore(birth)) {
            problems.add(Problem.ofClaim(claimId, CaseField.DATE, "date.beforeBirth"));
        }
        if (death != null && date.isAfter(death)) {
            problems.add(Problem.ofClaim(claimId, CaseField.DATE, "date.afterDeath", death.toString()));
        }
        refuse(problems);
    }

    /** @throws InvalidCaseException naming every amount above {@code maxAmount} */
    public static void checkAmounts(Claim claim, BigDecimal maxAmount) {
        List<Problem> problems = new ArrayList<>();
        amount(claim, CaseField.TOTAL_COST, claim.totalCost(), maxAmount, problems);
        amount(claim, CaseField.OUT_OF_POLICY_COST, claim.outOfPolicyCost(), maxAmount, problems);
        amount(claim, CaseField.HOSPITAL_REDUCTION, claim.hospitalReduction(), maxAmount, problems);
        amount(claim, CaseField.SUPPLEMENTARY_INSURANCE, claim.supplementaryInsurance(), maxAmount, problems);
        refuse(problems);
    }

    private static void refuse(List<Problem> problems) {
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
