package cn.ybfp.monitoring.domain;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.monitoring.api.WarningKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The two early warnings' rule (因病致贫和因病返贫双预警, 吉政办发〔2022〕16号 五（七）; 医保发〔2021〕10号 （八）:
 * 根据个人年度费用负担情况，分类明确因病返贫和因病致贫监测标准):
 *
 * <ul>
 *   <li>a person holding 稳定脱贫, 易返贫致贫 or 低保边缘 is watched for 因病返贫, an insured person of no category for
 *       因病致贫; a person of any other category is assisted already and is not watched;
 *   <li>the threshold is the warning's share of last year's per-capita disposable income (demo: 25 % and 50 % of
 *       30,000 yuan, so 7,500 and 15,000), to the fen, half up;
 *   <li>the warning is raised when the yearly personal payment on the settled bills reaches the threshold (a burden
 *       exactly at it counts), and withdrawn when a reversal takes it back below before any feedback.
 * </ul>
 */
public final class HighCostWarningRule {

    private static final Set<AssistanceCategory> RELAPSE_WATCHED = EnumSet.of(
            AssistanceCategory.STABLE_LIFTED,
            AssistanceCategory.MONITORED_AT_RISK,
            AssistanceCategory.MARGINAL_LOW_INCOME);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private HighCostWarningRule() {}

    /** The warning a person with these categories is watched for; empty when the person is not watched. */
    public static Optional<WarningKind> watchedFor(Set<AssistanceCategory> categories) {
        if (categories.isEmpty()) {
            return Optional.of(WarningKind.IMPOVERISHMENT);
        }
        return categories.stream().anyMatch(RELAPSE_WATCHED::contains)
                ? Optional.of(WarningKind.RELAPSE)
                : Optional.empty();
    }

    public static BigDecimal threshold(Parameters parameters, WarningKind kind) {
        int percent = kind == WarningKind.RELAPSE ? parameters.relapsePercent() : parameters.impoverishmentPercent();
        return parameters
                .disposableIncome()
                .multiply(BigDecimal.valueOf(percent))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }

    /** True when the yearly burden reaches the threshold: a warning is due. */
    public static boolean reaches(BigDecimal burden, BigDecimal threshold) {
        return burden.compareTo(threshold) >= 0;
    }
}
