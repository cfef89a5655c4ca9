package cn.ybfp.supervision.domain;

import cn.ybfp.kernel.schemes.SchemeBreach;
import cn.ybfp.supervision.api.SchemeBoundValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scheme against the province's bounds: no under-protection (a floor: the scheme cannot be saved) and no
 * over-protection or sudden change (a warning the supervisor signs off with a reason).
 * <ul>
 * <li>吉政办发〔2022〕16号 四（五）, floors: class 1 no deductible and 100 %; class 2 deductible at most 5 % of last
 * year's disposable income and at least 70 %; class 3 at least 60 %; class 4 at least 50 %; children +10 points;</li>
 * <li>医保发〔2021〕10号 三（六）: the critical-illness deductible 50 % of the income (higher is a floor breach, lower a
 * warning), its first segment's ratio about 60 % (a warning outside the tolerance), the preferential deductible
 * halved and +5 points (floors);</li>
 * <li>医保发〔2021〕10号 三（七）: the class-3 ratio slightly below class 2's (a warning when not below);</li>
 * <li>鲁医保发〔2019〕69号 一（三）: a protection value lowered against last year's scheme of the region (a ratio, a
 * bonus, a cap or limit lower, a deductible higher), and lowered two years running (warnings).</li>
 * </ul>
 */
public final class SchemeBoundsRule {

    static final String ASSISTANCE = "吉政办发〔2022〕16号 四（五）";
    static final String CRITICAL_ILLNESS = "医保发〔2021〕10号 三（六）";
    static final String CLASS_ORDER = "医保发〔2021〕10号 三（七）";
    static final String NO_DROPS = "鲁医保发〔2019〕69号 一（三）";

    private SchemeBoundsRule() {}

    public static List<SchemeBreach> check(
            SchemeBoundValues b,
            Map<String, String> now,
            Map<String, String> lastYear,
            Map<String, String> yearBefore) {
        List<SchemeBreach> breaches = new ArrayList<>();
        BigDecimal income = b.disposableIncome();
        atMost(breaches, now, "assistance.classes.1.deductible", BigDecimal.ZERO, "class1.deductible", ASSISTANCE);
        atLeast(breaches, now, "assistance.classes.1.ratio", BigDecimal.ONE, "class1.ratio", ASSISTANCE);
        atMost(
                breaches,
                now,
                "assistance.classes.2.deductible",
                share(income, b.class2DeductibleShare()),
                "class2.deductible",
                ASSISTANCE);
        atLeast(breaches, now, "assistance.classes.2.ratio", b.class2Ratio(), "class2.ratio", ASSISTANCE);
        atLeast(breaches, now, "assistance.classes.3.ratio", b.class3Ratio(), "class3.ratio", ASSISTANCE);
        atLeast(breaches, now, "assistance.classes.4.ratio", b.class4Ratio(), "class4.ratio", ASSISTANCE);
        atLeast(breaches, now, "assistance.childBonus.ratioBonus", b.childBonus(), "child.bonus", ASSISTANCE);
        criticalIllness(breaches, b, now);
        classOrder(breaches, now);
        drops(breaches, now, lastYear, yearBefore);
        return breaches;
    }

    private static void criticalIllness(List<SchemeBreach> breaches, SchemeBoundValues b, Map<String, String> now) {
        String path = "criticalIllness.ordinary.deductible";
        BigDecimal standard = share(b.disposableIncome(), b.ciDeductibleShare());
        BigDecimal deductible = number(now.get(path));
        if (deductible != null && deductible.compareTo(standard) != 0) {
            breaches.add(new SchemeBreach(
                    "ci.deductible",
                    CRITICAL_ILLNESS,
                    path,
                    now.get(path),
                    "= " + standard.toPlainString(),
                    deductible.compareTo(standard) > 0));
        }
        String ratioPath = "criticalIllness.ordinary.segments[0].ratio";
        BigDecimal ratio = number(now.get(ratioPath));
        if (ratio != null && ratio.subtract(b.ciRatio()).abs().compareTo(b.ciTolerance()) > 0) {
            breaches.add(new SchemeBreach(
                    "ci.ratio",
                    CRITICAL_ILLNESS,
                    ratioPath,
                    now.get(ratioPath),
                    b.ciRatio().toPlainString() + " ± " + b.ciTolerance().toPlainString(),
                    false));
        }
        atMost(
                breaches,
                now,
                "criticalIllness.preferential.deductibleFactor",
                b.preferentialFactor(),
                "ci.preferentialFactor",
                CRITICAL_ILLNESS);
        atLeast(
                breaches,
                now,
                "criticalIllness.preferential.ratioBonus",
                b.preferentialBonus(),
                "ci.preferentialBonus",
                CRITICAL_ILLNESS);
    }

    private static void classOrder(List<SchemeBreach> breaches, Map<String, String> now) {
        BigDecimal class2 = number(now.get("assistance.classes.2.ratio"));
        BigDecimal class3 = number(now.get("assistance.classes.3.ratio"));
        if (class2 != null && class3 != null && class3.compareTo(class2) >= 0) {
            breaches.add(new SchemeBreach(
                    "class3.belowClass2",
                    CLASS_ORDER,
                    "assistance.classes.3.ratio",
                    class3.toPlainString(),
                    "< " + class2.toPlainString(),
                    false));
        }
    }

    private static void drops(
            List<SchemeBreach> breaches,
            Map<String, String> now,
            Map<String, String> last,
            Map<String, String> before) {
        for (Map.Entry<String, String> e : now.entrySet()) {
            String path = e.getKey();
            if (lowered(path, e.getValue(), last.get(path))) {
                boolean twice = lowered(path, last.get(path), before.get(path));
                breaches.add(new SchemeBreach(
                        twice ? "drop.twice" : "drop",
                        NO_DROPS,
                        path,
                        e.getValue(),
                        (twice ? before.get(path) + " → " : "") + last.get(path),
                        false));
            }
        }
    }

    /** Whether the value protects less than the earlier one: a lower ratio, bonus, cap or limit, a higher deductible. */
    static boolean lowered(String path, String value, String earlier) {
        BigDecimal now = number(value);
        BigDecimal then = number(earlier);
        if (now == null || then == null) {
            return false;
        }
        String field = path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        if (field.endsWith("deductible")) {
            return now.compareTo(then) > 0;
        }
        boolean protective =
                field.endsWith("ratio") || field.endsWith("bonus") || field.endsWith("cap") || field.endsWith("limit");
        return protective && now.compareTo(then) < 0;
    }

    private static void atLeast(
            List<SchemeBreach> breaches,
            Map<String, String> now,
            String path,
            BigDecimal bound,
            String rule,
            String clause) {
        BigDecimal value = number(now.get(path));
        if (value != null && value.compareTo(bound) < 0) {
            breaches.add(new SchemeBreach(rule, clause, path, now.get(path), "≥ " + bound.toPlainString(), true));
        }
    }

    private static void atMost(
            List<SchemeBreach> breaches,
            Map<String, String> now,
            String path,
            BigDecimal bound,
            String rule,
            String clause) {
        BigDecimal value = number(now.get(path));
        if (value != null && value.compareTo(bound) > 0) {
            breaches.add(new SchemeBreach(rule, clause, path, now.get(path), "≤ " + bound.toPlainString(), true));
        }
    }

    private static BigDecimal share(BigDecimal income, BigDecimal share) {
        return income.multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
