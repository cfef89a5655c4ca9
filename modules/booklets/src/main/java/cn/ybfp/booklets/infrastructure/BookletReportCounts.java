package cn.ybfp.booklets.infrastructure;

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
 * Booklets for the reports: issued in the period, valid on the scope's day, and the random audit's reviews of the
 * period with the findings that were not compliant.
 */
@ApplicationScoped
public class BookletReportCounts implements ReportCounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public String section() {
        return "booklets";
    }

    @Override
    public List<ReportCount> counts(ReportScope scope) {
        List<ReportCount> counts = new ArrayList<>();
        counts.addAll(NativeCounts.run(em, scope, """
                select county,
                       sum(case when issued_on between :from and :to then 1 else 0 end),
                       sum(case when status = 'VALID' and valid_from <= :asOf and valid_to >= :asOf then 1 else 0 end)
                from booklet where township like :pattern group by county""", "booklets.issued", "booklets.valid"));
        counts.addAll(NativeCounts.run(em, scope, """
                select b.county, count(*), sum(case when d.finding <> 'COMPLIANT' then 1 else 0 end)
                from drawn_booklet d join booklet b on b.id = d.booklet_id
                where b.township like :pattern and cast(d.reviewed_at as date) between :from and :to
                group by b.county""", "booklets.audited", "booklets.findings"));
        return counts;
    }
}
