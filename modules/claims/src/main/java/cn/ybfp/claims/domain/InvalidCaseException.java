package cn.ybfp.claims.domain;

import java.util.List;

/**
 * A settlement case that cannot be settled. It lists every problem found, each naming the claim and the field, in
 * Chinese for the clerk; a case that throws it settles nothing.
 */
public final class InvalidCaseException extends IllegalArgumentException {

    /**
     * One thing wrong: "费用明细 c2：目录外费用（outOfPolicyCost）不能大于总费用".
     *
     * @param subject "费用明细 c2", "参保人", …; {@code null} for the case itself
     * @param field   {@code null} when the problem is not about one known field (an unknown field, a wrong shape)
     */
    public record Problem(String subject, CaseField field, String what) {

        public static Problem ofClaim(String claimId, CaseField field, String what) {
            return new Problem("费用明细 " + claimId, field, what);
        }

        public static Problem ofPerson(CaseField field, String what) {
            return new Problem(CaseField.PERSON.label(), field, what);
        }

        @Override
        public String toString() {
            return (subject == null ? "" : subject + "：") + (field == null ? what : field.problem(what));
        }
    }

    private final transient List<Problem> problems;

    public InvalidCaseException(List<Problem> problems) {
        super(String.join("；", problems.stream().map(Problem::toString).toList()));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid case needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidCaseException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The problems as the clerk reads them, one per line. */
    public List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }
}
