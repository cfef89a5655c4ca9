package cn.ybfp.monitoring.infrastructure;

import cn.ybfp.monitoring.domain.WarningFeedback;
import cn.ybfp.monitoring.domain.WarningFeedbacks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaWarningFeedbacks implements WarningFeedbacks {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(WarningFeedback feedback) {
        em.persist(feedback);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<WarningFeedback> find(String countyPattern, long id) {
        return Optional.ofNullable(em.find(WarningFeedback.class, id))
                .filter(f -> Patterns.matches(countyPattern, f.countyCode()));
    }

    @Override
    public List<WarningFeedback> list(String countyPattern, int limit) {
        return em.createQuery(
                        "select f from WarningFeedback f where f.countyCode like :pattern order by f.id desc",
                        WarningFeedback.class)
                .setParameter("pattern", countyPattern)
                .setMaxResults(limit)
                .getResultList();
    }
}
