package cn.ybfp.supervision.infrastructure;

import cn.ybfp.supervision.domain.StatisticalReport;
import cn.ybfp.supervision.domain.StatisticalReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaStatisticalReports implements StatisticalReports {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<StatisticalReport> ofPeriod(String likePattern, String period) {
        return em.createQuery(
                        "select r from StatisticalReport r where r.county like :pattern and r.period = :period"
                                + " order by r.county, r.round desc",
                        StatisticalReport.class)
                .setParameter("pattern", likePattern)
                .setParameter("period", period)
                .getResultList();
    }

    @Override
    public Optional<StatisticalReport> find(String likePattern, long id) {
        return em.createQuery(
                        "select r from StatisticalReport r where r.id = :id and r.county like :pattern",
                        StatisticalReport.class)
                .setParameter("id", id)
                .setParameter("pattern", likePattern)
                .getResultStream()
                .findFirst();
    }

    @Override
    public StatisticalReport add(StatisticalReport report) {
        em.persist(report);
        em.flush(); // a second submission of the same round fails here, on the key, inside the caller's transaction
        return report;
    }
}
