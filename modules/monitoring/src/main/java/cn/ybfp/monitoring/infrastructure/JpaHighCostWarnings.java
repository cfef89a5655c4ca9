package cn.ybfp.monitoring.infrastructure;

import cn.ybfp.monitoring.api.WarningStatus;
import cn.ybfp.monitoring.domain.HighCostWarning;
import cn.ybfp.monitoring.domain.HighCostWarnings;
import cn.ybfp.monitoring.domain.WarningPush;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaHighCostWarnings implements HighCostWarnings {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(HighCostWarning warning) {
        em.persist(warning);
    }

    @Override
    public void add(WarningPush push) {
        em.persist(push);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void writeInBatches() {
        em.unwrap(org.hibernate.Session.class).setJdbcBatchSize(500);
    }

    @Override
    public Optional<HighCostWarning> find(String townshipPattern, long id) {
        return Optional.ofNullable(em.find(HighCostWarning.class, id))
                .filter(w -> Patterns.matches(townshipPattern, w.townshipCode()));
    }

    @Override
    public Optional<HighCostWarning> ofPersonYear(long personId, int year) {
        return em.createQuery(
                        "select w from HighCostWarning w where w.personId = :person and w.year = :year",
                        HighCostWarning.class)
                .setParameter("person", personId)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<HighCostWarning> list(String townshipPattern, int year, WarningStatus status, int limit) {
        var query = em.createQuery(
                        "select w from HighCostWarning w where w.townshipCode like :pattern and w.year = :year"
                                + (status == null ? "" : " and w.status = :status")
                                + " order by w.raisedOn desc, w.id desc",
                        HighCostWarning.class)
                .setParameter("pattern", townshipPattern)
                .setParameter("year", year)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    @Override
    public List<HighCostWarning> ofPeople(int year, long first, long last) {
        return em.createQuery(
                        "select w from HighCostWarning w where w.year = :year and w.personId between :first and :last",
                        HighCostWarning.class)
                .setParameter("year", year)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
    }

    @Override
    public List<HighCostWarning> ofYear(String townshipPattern, int year) {
        return em.createQuery(
                        "select w from HighCostWarning w where w.townshipCode like :pattern and w.year = :year",
                        HighCostWarning.class)
                .setParameter("pattern", townshipPattern)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public List<HighCostWarning> toPush(String townshipPattern) {
        return em.createQuery(
                        "select w from HighCostWarning w where w.townshipCode like :pattern and w.status = :status"
                                + " order by w.raisedOn, w.id",
                        HighCostWarning.class)
                .setParameter("pattern", townshipPattern)
                .setParameter("status", WarningStatus.RAISED)
                .getResultList();
    }

    @Override
    public Optional<WarningPush> push(String countyPattern, long pushId) {
        return Optional.ofNullable(em.find(WarningPush.class, pushId))
                .filter(p -> Patterns.matches(countyPattern, p.countyCode()));
    }

    @Override
    public List<WarningPush> pushes(String countyPattern, int limit) {
        return em.createQuery(
                        "select p from WarningPush p where p.countyCode like :pattern order by p.id desc",
                        WarningPush.class)
                .setParameter("pattern", countyPattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<HighCostWarning> ofPush(long pushId) {
        return em.createQuery(
                        "select w from HighCostWarning w where w.pushId = :push order by w.id", HighCostWarning.class)
                .setParameter("push", pushId)
                .getResultList();
    }
}
