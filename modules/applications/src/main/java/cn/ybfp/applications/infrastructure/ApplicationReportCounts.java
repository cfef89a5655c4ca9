package cn.ybfp.applications.infrastructure;

import cn.ybfp.kernel.figures.NativeCounts;
import cn.ybfp.kernel.figures.ReportCount;
import cn.ybfp.kernel.figures.ReportCounts;
import cn.ybfp.kernel.figures.ReportScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The application-based cases for the reports: received, decided (approved into public notice or refused) and paid
 * in the period, the amount paid, appeals filed, and the cases past their step's deadline on the scope's day.
 */
@ApplicationScoped
public class ApplicationReportCounts implements ReportCounts {

    private static final String OPEN = "state not in ('PAID', 'REJECTED', 'WITHDRAWN')";

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "applications";
    }

    @Override
    public List<ReportCount> counts(ReportScope scope) {
        List<ReportCount> counts = new ArrayList<>();
        counts.addAll(NativeCounts.run(
                em,
                scope,
                """
                select substring(township_code, 1, 6),
                       sum(case when cast(created_at as date) between :from and :to then 1 else 0 end),
                       sum(case when paid_on between :from and :to then 1 else 0 end),
                       sum(case when paid_on between :from and :to then approved_amount else 0 end),
                       sum(case when %s and due_on < :asOf then 1 else 0 end)
                from assistance_application where township_code like :pattern
                group by substring(township_code, 1, 6)""".formatted(OPEN),
                "applications.received",
                "applications.paid",
                "applications.paidAmount",
                "applications.overdue"));
        counts.addAll(NativeCounts.run(em, scope, """
                select substring(a.township_code, 1, 6), count(*)
                from application_event e join assistance_application a on a.id = e.application_id
                where a.township_code like :pattern and e.to_state in ('IN_NOTICE', 'REJECTED')
                  and cast(e.happened_at as date) between :from and :to
                group by substring(a.township_code, 1, 6)""", "applications.decided"));
        counts.addAll(NativeCounts.run(em, scope, """
                select substring(township_code, 1, 6), count(*),
                       sum(case when outcome is null then 1 else 0 end)
                from appeal where township_code like :pattern and filed_on between :from and :to
                group by substring(township_code, 1, 6)""", "applications.appeals", "applications.appealsOpen"));
        return counts;
    }
}
