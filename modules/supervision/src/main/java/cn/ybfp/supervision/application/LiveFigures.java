package cn.ybfp.supervision.application;

import cn.ybfp.kernel.figures.ReportCount;
import cn.ybfp.kernel.figures.ReportCounts;
import cn.ybfp.kernel.figures.ReportScope;
import cn.ybfp.supervision.domain.ReportFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The figures as the data stands now: what every module's {@link ReportCounts} bean counts, per county. */
@ApplicationScoped
class LiveFigures {

    @Inject
    Instance<ReportCounts> modules;

    /** Per county code, every module's counts. */
    Map<String, ReportFigures> byCounty(ReportScope scope) {
        return byCounty(scope, null);
    }

    /** Month by month over the scope, one section's counts summed over the counties. */
    Map<YearMonth, ReportFigures> byMonth(ReportScope scope, String section) {
        Map<YearMonth, Map<String, BigDecimal>> counts = new TreeMap<>();
        for (ReportCounts module : modules) {
            if (section.equals(module.section())) {
                module.byMonth(scope)
                        .forEach((month, list) -> list.forEach(c -> counts.computeIfAbsent(month, k -> new HashMap<>())
                                .merge(c.key(), c.value(), BigDecimal::add)));
            }
        }
        Map<YearMonth, ReportFigures> figures = new TreeMap<>();
        counts.forEach((month, values) -> figures.put(month, new ReportFigures(values)));
        return figures;
    }

    /** Per county code, the counts of one section ({@code claims}), or of all when {@code section} is null. */
    Map<String, ReportFigures> byCounty(ReportScope scope, String section) {
        Map<String, Map<String, BigDecimal>> counts = new TreeMap<>();
        for (ReportCounts module : modules) {
            if (section == null || section.equals(module.section())) {
                for (ReportCount c : module.counts(scope)) {
                    counts.computeIfAbsent(c.county(), k -> new HashMap<>()).merge(c.key(), c.value(), BigDecimal::add);
                }
            }
        }
        Map<String, ReportFigures> figures = new TreeMap<>();
        counts.forEach((county, values) -> figures.put(county, new ReportFigures(values)));
        return figures;
    }
}
