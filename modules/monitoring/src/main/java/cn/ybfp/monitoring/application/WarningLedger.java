package cn.ybfp.monitoring.application;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.monitoring.api.WarningKind;
import cn.ybfp.monitoring.domain.HighCostWarning;
import cn.ybfp.monitoring.domain.HighCostWarningRule;
import cn.ybfp.monitoring.domain.HighCostWarnings;
import cn.ybfp.monitoring.domain.MonitoredClaim;
import cn.ybfp.monitoring.domain.WarningRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Keeps each person's warning of the year in step with their standing claims ({@link HighCostWarningRule}): raises it
 * when the yearly personal payment reaches the threshold, follows the burden while it is open, withdraws it when a
 * reversal takes the burden below. The settling transaction runs it, so a warning and its claim commit together; the
 * unique key on person and year refuses a second warning from a concurrent settlement.
 */
@ApplicationScoped
@Transactional
class WarningLedger {

    @Inject
    HighCostWarnings warnings;

    /**
     * The person's year as these standing claims make it (in date order; the last one's categories tell which
     * warning the person is watched for). Answers true when a warning was raised.
     */
    boolean update(
            List<MonitoredClaim> standing, long personId, int year, LocalDate today, Optional<WarningRule> rule) {
        boolean raised = update(standing, warnings.ofPersonYear(personId, year), year, today, (region, y) -> rule);
        if (raised) {
            warnings.flush(); // a concurrent settlement's warning for the same year is refused here, with the claim
        }
        return raised;
    }

    /**
     * The same with the person's warning already looked up, and the rules by region and year: a recomputation reads
     * them once for everyone, and writes the warnings it raises together at the end.
     */
    boolean update(
            List<MonitoredClaim> standing,
            Optional<HighCostWarning> existing,
            int year,
            LocalDate today,
            BiFunction<String, Integer, Optional<WarningRule>> ruleOf) {
        BigDecimal burden = standing.stream()
                .map(MonitoredClaim::personalPayment)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        if (existing.isPresent()) {
            existing.get().burdenNow(burden, today);
            return false;
        }
        if (standing.isEmpty()) {
            return false;
        }
        MonitoredClaim latest = standing.get(standing.size() - 1);
        Optional<WarningKind> kind = HighCostWarningRule.watchedFor(categories(latest));
        Optional<WarningRule> rule = ruleOf.apply(latest.poolingRegion(), year);
        if (kind.isEmpty() || rule.isEmpty()) {
            return false;
        }
        BigDecimal threshold = rule.get().threshold(kind.get());
        if (!HighCostWarningRule.reaches(burden, threshold)) {
            return false;
        }
        warnings.add(new HighCostWarning(latest, year, kind.get(), threshold, burden, today));
        return true;
    }

    private static Set<AssistanceCategory> categories(MonitoredClaim claim) {
        return claim.categories().isEmpty()
                ? EnumSet.noneOf(AssistanceCategory.class)
                : Arrays.stream(claim.categories().split(","))
                        .map(AssistanceCategory::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssistanceCategory.class)));
    }
}
