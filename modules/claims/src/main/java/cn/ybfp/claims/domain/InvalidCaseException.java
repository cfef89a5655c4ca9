package cn.ybfp.claims.domain;

import cn.ybfp.kernel.Refusal;
import java.util.List;
import java.util.Locale;

/**
 * A settlement case that cannot be settled. It lists every problem found, each naming the claim and the field; a
 * case that throws it settles nothing. The problems are given by key ({@code cn/ybfp/claims/problems_zh} and
 * {@code _en}), so that a page says them in its own language; the command line and the hospital API answer in
 * Chinese ({@link #messages()}).
 */
public final class InvalidCaseException extends IllegalArgumentException {

    /** The module's texts for case problems. */
    public static final String TEXTS = "cn.ybfp.claims.problems";

    /**
     * One thing wrong: "费用明细 c2：目录外费用（outOfPolicyCost）不能大于总费用".
     *
     * @param subject the claim or the person it is about ({@link #claim}, {@link #person}); {@code null} for the case
     * @param field   {@code null} when the problem is not about one known field (an unknown field, a wrong shape)
     * @param what    what is wrong: a key of {@link #TEXTS} with its arguments
     */
    public record Problem(Refusal subject, CaseField field, Refusal what) {

        /** A problem of that subject: the key of {@link #TEXTS} that says what is wrong, with its arguments. */
        public static Problem of(Refusal subject, CaseField field, String key, Object... args) {
            return new Problem(subject, field, text(key, args));
        }

        /** A problem of a claim of the case, by the claim's number. */
        public static Problem ofClaim(String claimId, CaseField field, String key, Object... args) {
            return new Problem(claim(claimId), field, text(key, args));
        }

        public static Problem ofPerson(CaseField field, String key, Object... args) {
            return new Problem(person(), field, text(key, args));
        }

        /** A problem of the case as a whole, or of one of its top-level fields. */
        public static Problem ofCase(CaseField field, String key, Object... args) {
            return new Problem(null, field, text(key, args));
        }

        /** The problem as one text of {@link #TEXTS}: "subject：field（json）what". */
        public Refusal refusal() {
            Refusal about = field == null
                    ? what
                    : text("problem.field", new Refusal.Text("field." + field.jsonName()), field.jsonName(), what);
            return subject == null ? about : text("problem.of", subject, about);
        }

        @Override
        public String toString() {
            return refusal().in(Locale.CHINESE);
        }
    }

    /** "费用明细 c2" */
    public static Refusal claim(String claimId) {
        return text("subject.claim", claimId);
    }

    /** "第 3 条费用明细": a claim without a number, by its place in the case (from 1). */
    public static Refusal claimAt(int place) {
        return text("subject.claimAt", String.valueOf(place));
    }

    /** "费用明细": a claim without a number. */
    public static Refusal claims() {
        return text("subject.claims");
    }

    /** "参保人" */
    public static Refusal person() {
        return text("subject.person");
    }

    private static Refusal text(String key, Object... args) {
        return Refusal.of(TEXTS, key, args);
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

    /** The problems in Chinese, one per line: for the command line and the hospital API. */
    public List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    /** Every problem, in one text that a page shows in its own language. */
    public Refusal refusal() {
        return problems.stream()
                .map(Problem::refusal)
                .reduce((a, b) -> text("problem.and", a, b))
                .orElseThrow();
    }
}
