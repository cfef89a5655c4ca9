package cn.ybfp.monitoring.application;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.monitoring.api.FeedbackOutcome;
import cn.ybfp.monitoring.api.WarningStatus;
import cn.ybfp.monitoring.domain.FeedbackLine;
import cn.ybfp.monitoring.domain.HighCostWarning;
import cn.ybfp.monitoring.domain.WarningFeedback.Comparison;
import cn.ybfp.register.api.Department;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares one row of a department's feedback with the warning it answers (吉政办发〔2022〕16号 五（七）: 根据民政、乡村
 * 振兴部门反馈的身份认定情况，分类跟进落实三重制度): the warning must be the county's and pushed, the ID number the
 * person's, the answer 认定 with a category the department recognises, its document number and day, or 不予认定 with
 * the reason. A row that fails any check is sent back with the reason; nothing is changed by a comparison.
 */
final class FeedbackComparison {

    /** The categories the departments that receive the push recognise, and which department does. */
    static final Map<AssistanceCategory, Department> RECOGNISED_BY = Map.of(
            AssistanceCategory.EXTREMELY_POOR, Department.CIVIL_AFFAIRS,
            AssistanceCategory.LOW_INCOME_GUARANTEE, Department.CIVIL_AFFAIRS,
            AssistanceCategory.MARGINAL_LOW_INCOME, Department.CIVIL_AFFAIRS,
            AssistanceCategory.RETURNED_TO_POVERTY, Department.RURAL_REVITALISATION,
            AssistanceCategory.MONITORED_AT_RISK, Department.RURAL_REVITALISATION);

    private static final Set<String> YES = Set.of("认定", "已认定", "是", "予以认定");
    private static final Set<String> NO = Set.of("不予认定", "未认定", "否", "不认定");

    private final Map<String, Long> seen = new HashMap<>();

    /** The row's verdict; {@code warning} is the county's warning it names (null: none), {@code idNumber} its person's. */
    Comparison compare(FeedbackLine line, HighCostWarning warning, String idNumber, LocalDate today) {
        if (warning == null) {
            return rejected("预警编号不存在或不属本县");
        }
        Long first = seen.putIfAbsent(
                warning.personId() + "/" + warning.year(), line.lineNumber()); // one warning per person and year
        if (first != null) {
            return rejected("与第 " + first + " 行为同一预警");
        }
        if (line.idNumber() == null || !line.idNumber().strip().equalsIgnoreCase(idNumber)) {
            return rejected("身份证号与预警人员不符");
        }
        if (warning.status() != WarningStatus.PUSHED) {
            return rejected("预警状态为「" + warning.status().label() + "」，不接受反馈");
        }
        String result = line.result() == null ? "" : line.result().strip();
        if (YES.contains(result)) {
            return recognised(line, warning, today);
        }
        if (NO.contains(result)) {
            return blank(line.reason())
                    ? rejected("不予认定应填写未认定原因")
                    : new Comparison(FeedbackOutcome.NOT_RECOGNISED, null);
        }
        return rejected("认定结果应为「认定」或「不予认定」");
    }

    private static Comparison recognised(FeedbackLine line, HighCostWarning warning, LocalDate today) {
        if (category(line.category()).isEmpty()) {
            return rejected("认定类别应为低保对象、特困人员、低保边缘家庭成员、返贫致贫人口或农村易返贫致贫人口");
        }
        if (blank(line.documentNumber()) || line.documentNumber().strip().length() > 60) {
            return rejected("认定应填写认定文号（60 字以内）");
        }
        Optional<LocalDate> from = day(line.recognisedFrom());
        if (from.isEmpty()) {
            return rejected("认定日期应为 yyyy-MM-dd 格式的日期");
        }
        if (from.get().isAfter(today) || from.get().getYear() < warning.year() - 1) {
            return rejected("认定日期不能晚于今天，也不能早于预警年度的上一年");
        }
        return new Comparison(FeedbackOutcome.RECOGNISED, null);
    }

    /** The category by its name or short name as the register shows them (低保对象 or 低保). */
    static Optional<AssistanceCategory> category(String text) {
        String name = text == null ? "" : text.strip();
        return Arrays.stream(AssistanceCategory.values())
                .filter(RECOGNISED_BY::containsKey)
                .filter(c -> c.label().equals(name) || c.shortLabel().equals(name))
                .findFirst();
    }

    static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Comparison rejected(String why) {
        return new Comparison(FeedbackOutcome.REJECTED, why);
    }
}
