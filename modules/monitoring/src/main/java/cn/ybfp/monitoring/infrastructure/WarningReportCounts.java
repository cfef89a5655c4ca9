package cn.ybfp.monitoring.infrastructure;

import cn.ybfp.kernel.figures.NativeCounts;
import cn.ybfp.kernel.figures.ReportCount;
import cn.ybfp.kernel.figures.ReportCounts;
import cn.ybfp.kernel.figures.ReportScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The high-cost early warnings for the reports: raised in the period, closed in the period (recognised and assisted,
 * or not recognised), and open on the scope's day.
 */
@ApplicationScoped
public class WarningReportCounts implements ReportCounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "warnings";
    }

    @Override
    public List<ReportCount> counts(ReportScope scope) {
        return NativeCounts.run(em, scope, """
                select county_code,
                       sum(case when raised_on between :from and :to then 1 else 0 end),
                       sum(case when closed_on between :from and :to
                                 and status in ('ASSISTED', 'NOT_RECOGNISED') then 1 else 0 end),
                       sum(case when status in ('RAISED', 'PUSHED') and raised_on <= :asOf then 1 else 0 end)
                from high_cost_warning where township_code like :pattern group by county_code""", "warnings.raised", "warnings.closed", "warnings.open");
    }
}
