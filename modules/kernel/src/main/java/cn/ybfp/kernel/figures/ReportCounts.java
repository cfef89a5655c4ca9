package cn.ybfp.kernel.figures;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A module's part of the statistical reports: its figures per county for a scope. Implementations count their own
 * tables only; the supervision module sums them, and keeps what a county submitted.
 */
public interface ReportCounts {

    /** The part of the report form the figures belong to, and the first part of their keys ({@code claims}). */
    String section();

    List<ReportCount> counts(ReportScope scope);

    /**
     * The counts month by month over the scope (for the trend charts). By default a query per month; a module with
     * many rows answers in one grouped query.
     */
    default Map<YearMonth, List<ReportCount>> byMonth(ReportScope scope) {
        Map<YearMonth, List<ReportCount>> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(scope.from()); !m.atDay(1).isAfter(scope.to()); m = m.plusMonths(1)) {
            months.put(m, counts(new ReportScope(scope.within(), m.atDay(1), m.atEndOfMonth(), scope.asOf())));
        }
        return months;
    }
}
