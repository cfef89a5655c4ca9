package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.kernel.AssistanceCategory;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the category text of an exchange list to an {@link AssistanceCategory}. Departments write the same category in
 * many ways: the glossary code ({@code LOW_INCOME_GUARANTEE}), the label or short label of the enum (低保对象, 低保),
 * and the names of their own documents and systems (低保户, 特困供养人员, 五保户, 脱贫不稳定户, …).
 *
 * <p>Matching ignores blanks and full-width/half-width differences; when the whole text is not known, a trailing
 * note in brackets is dropped ("孤儿（含事实无人抚养儿童）") and then a trailing 户 / 人员 / 人口 / 对象 / 家庭(成员)
 * ("返贫致贫户" is the short label 返贫致贫 + 户). Names that could mean two categories are deliberately not mapped:
 * "脱贫户" or "脱贫人口" may be a stable (稳定脱贫) or a monitored (脱贫不稳定) household, so such a row is rejected
 * for the clerk to clarify rather than given the wrong benefits.
 */
public final class CategoryNames {

    private static final String[] SUFFIXES = {"家庭成员", "家庭", "人员", "人口", "对象", "户"};

    private static final Map<String, AssistanceCategory> NAMES = new HashMap<>();

    static {
        for (AssistanceCategory category : AssistanceCategory.values()) {
            add(category, category.name(), category.label(), category.shortLabel());
        }
        add(
                AssistanceCategory.EXTREMELY_POOR,
                "特困供养人员",
                "特困供养对象",
                "特困供养",
                "特困户",
                "农村五保供养对象",
                "五保户",
                "五保对象",
                "五保",
                "城市三无人员",
                "三无人员");
        add(AssistanceCategory.ORPHAN, "事实无人抚养儿童", "孤儿（含事实无人抚养儿童）", "孤儿及事实无人抚养儿童");
        add(
                AssistanceCategory.LOW_INCOME_GUARANTEE,
                "低保户",
                "最低生活保障对象",
                "最低生活保障家庭成员",
                "城乡低保对象",
                "城市低保对象",
                "农村低保对象",
                "城市低保",
                "农村低保",
                "城乡低保");
        add(AssistanceCategory.RETURNED_TO_POVERTY, "返贫人口", "致贫人口", "返贫户", "致贫户");
        add(AssistanceCategory.MARGINAL_LOW_INCOME, "低保边缘户", "低保边缘家庭", "低保边缘人口", "低保边缘对象");
        // the three kinds of household under the monitoring against return to poverty (防止返贫动态监测)
        add(
                AssistanceCategory.MONITORED_AT_RISK,
                "脱贫不稳定户",
                "边缘易致贫户",
                "突发严重困难户",
                "纳入监测范围的农村易返贫致贫人口",
                "易返贫致贫人口",
                "监测对象",
                "监测户",
                "防返贫监测对象",
                "防止返贫监测对象");
        add(AssistanceCategory.ILLNESS_IMPOVERISHED, "因病致贫重病患者", "因病致贫户");
        add(AssistanceCategory.REGISTERED_POOR, "建档立卡贫困户", "建档立卡贫困人员", "建档立卡户", "贫困户");
        add(AssistanceCategory.SEVERELY_DISABLED, "重度残疾人员", "重残人员", "重残");
        add(AssistanceCategory.STABLE_LIFTED, "稳定脱贫户");
    }

    private CategoryNames() {}

    private static void add(AssistanceCategory category, String... names) {
        for (String name : names) {
            AssistanceCategory previous = NAMES.put(normalise(name), category);
            if (previous != null && previous != category) {
                throw new IllegalStateException(name + " names both " + previous + " and " + category);
            }
        }
    }

    /** The category a text names, or empty when it names none (or is blank). */
    public static Optional<AssistanceCategory> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = normalise(text);
        AssistanceCategory found = NAMES.get(name);
        if (found == null) {
            name = withoutNote(name);
            found = NAMES.get(name);
        }
        if (found == null) {
            for (String suffix : SUFFIXES) {
                if (name.length() > suffix.length() && name.endsWith(suffix)) {
                    found = NAMES.get(name.substring(0, name.length() - suffix.length()));
                    break;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private static String withoutNote(String name) {
        int bracket = name.indexOf('(');
        return bracket > 0 ? name.substring(0, bracket) : name;
    }

    /** Half-width (NFKC, so （ becomes ( ), no blanks, upper case for the codes. */
    static String normalise(String text) {
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
                kept.append(c);
            }
        }
        return kept.toString().toUpperCase(Locale.ROOT);
    }
}
