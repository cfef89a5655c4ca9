package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.domain.InvalidCaseException.Problem;
import cn.ybfp.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One bill's worth of cost as the hospital (or pharmacy) reports it at discharge. Only valid claims exist: the
 * constructor checks every field and reports all problems at once, each naming this claim and the field.
 *
 * @param hospitalLevel          1–3; required for inpatient claims, optional otherwise
 * @param referral               {@link Referral#NONE} when not given
 * @param hospitalReduction      reported by the hospital; 0 when not given
 * @param supplementaryInsurance reported by the insurer; 0 when not given
 * @param disease                the national code of the outpatient chronic or special disease (医保门诊慢特病病种代码,
 *                               {@code M} and five digits, e.g. {@code M03900}); optional, and only for
 *                               {@link ClaimKind#OUTPATIENT_CHRONIC} and {@link ClaimKind#OUTPATIENT_SPECIAL} claims;
 *                               {@code null} when not given (a blank text counts as not given)
 * @param admissionDate          the day of admission (入院日期); optional, and only for inpatient claims: not after
 *                               {@code date} (the discharge), not more than a year before it. The amounts do not depend
 *                               on it.
 */
public record Claim(
        String id,
        ClaimKind kind,
        LocalDate date,
        Integer hospitalLevel,
        Referral referral,
        boolean outOfProvince,
        BigDecimal totalCost,
        BigDecimal outOfPolicyCost,
        BigDecimal hospitalReduction,
        BigDecimal supplementaryInsurance,
        String disease,
        LocalDate admissionDate) {

    /** The national disease code: {@code M}, four digits for the disease, one for the variant. */
    private static final Pattern DISEASE_CODE = Pattern.compile("M\\d{5}");

    public Claim {
        if (id == null || id.isBlank()) {
            throw new InvalidCaseException(Problem.of(InvalidCaseException.claims(), CaseField.ID, "blank"));
        }
        referral = referral == null ? Referral.NONE : referral;
        outOfPolicyCost = zeroIfMissing(outOfPolicyCost);
        hospitalReduction = zeroIfMissing(hospitalReduction);
        supplementaryInsurance = zeroIfMissing(supplementaryInsurance);
        disease = disease == null || disease.isBlank() ? null : disease.strip();
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Problem.ofClaim(id, CaseField.KIND, "blank"));
        }
        if (date == null) {
            problems.add(Problem.ofClaim(id, CaseField.DATE, "blank"));
        }
        if (hospitalLevel == null && kind == ClaimKind.INPATIENT) {
            problems.add(Problem.ofClaim(id, CaseField.HOSPITAL_LEVEL, "level.inpatient"));
        } else if (hospitalLevel != null && (hospitalLevel < 1 || hospitalLevel > 3)) {
            problems.add(Problem.ofClaim(id, CaseField.HOSPITAL_LEVEL, "level.range"));
        }
        if (totalCost == null) {
            problems.add(Problem.ofClaim(id, CaseField.TOTAL_COST, "blank"));
        } else {
            checkAmount(id, CaseField.TOTAL_COST, totalCost, problems);
        }
        checkAmount(id, CaseField.OUT_OF_POLICY_COST, outOfPolicyCost, problems);
        checkAmount(id, CaseField.HOSPITAL_REDUCTION, hospitalReduction, problems);
        checkAmount(id, CaseField.SUPPLEMENTARY_INSURANCE, supplementaryInsurance, problems);
        if (totalCost != null && totalCost.signum() >= 0 && outOfPolicyCost.compareTo(totalCost) > 0) {
            problems.add(Problem.ofClaim(id, CaseField.OUT_OF_POLICY_COST, "amount.aboveTotal"));
        }
        checkDisease(id, kind, disease, problems);
        checkAdmissionDate(id, kind, date, admissionDate, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
        totalCost = Money.round(totalCost);
        outOfPolicyCost = Money.round(outOfPolicyCost);
        hospitalReduction = Money.round(hospitalReduction);
        supplementaryInsurance = Money.round(supplementaryInsurance);
    }

    private static void checkDisease(String id, ClaimKind kind, String disease, List<Problem> problems) {
        if (disease == null) {
            return;
        }
        if (!DISEASE_CODE.matcher(disease).matches()) {
            problems.add(Problem.ofClaim(id, CaseField.DISEASE, "disease.format", disease));
        } else if (kind != null && !kind.isOutpatientDisease()) {
            problems.add(Problem.ofClaim(id, CaseField.DISEASE, "disease.kind"));
        }
    }

    private static void checkAdmissionDate(
            String id, ClaimKind kind, LocalDate date, LocalDate admissionDate, List<Problem> problems) {
        if (admissionDate == null) {
            return;
        }
        if (kind != null && kind != ClaimKind.INPATIENT) {
            problems.add(Problem.ofClaim(id, CaseField.ADMISSION_DATE, "admissionDate.kind"));
        } else if (date != null && admissionDate.isAfter(date)) {
            problems.add(Problem.ofClaim(id, CaseField.ADMISSION_DATE, "admissionDate.afterDate", date.toString()));
        } else if (date != null && admissionDate.isBefore(date.minusYears(1))) {
            problems.add(Problem.ofClaim(
                    id,
                    CaseField.ADMISSION_DATE,
                    "admissionDate.tooEarly",
                    date.minusYears(1).toString()));
        }
    }

    private static BigDecimal zeroIfMissing(BigDecimal amount) {
        return amount == null ? Money.ZERO : amount;
    }

    private static void checkAmount(String id, CaseField field, BigDecimal amount, List<Problem> problems) {
        if (amount.signum() < 0) {
            problems.add(Problem.ofClaim(id, field, "amount.negative"));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            problems.add(Problem.ofClaim(id, field, "amount.scale"));
        }
    }

    /** Cost inside the insurance catalogues (政策范围内费用): the only cost any layer pays. */
    public BigDecimal inPolicy() {
        return totalCost.subtract(outOfPolicyCost);
    }

    public boolean isInpatient() {
        return kind == ClaimKind.INPATIENT;
    }
}
