package cn.ybfp.monitoring.infrastructure;

import cn.ybfp.monitoring.domain.WarningRule;
import cn.ybfp.monitoring.domain.WarningRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaWarningRules implements WarningRules {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(WarningRule rule) {
        em.persist(rule);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<WarningRule> find(long id) {
        return Optional.ofNullable(em.find(WarningRule.class, id));
    }

    @Override
    public Optional<WarningRule> of(String region, int year) {
        return em.createQuery(
                        "select r from WarningRule r where r.region = :region and r.year = :year", WarningRule.class)
                .setParameter("region", region)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<WarningRule> ofYear(int year) {
        return em.createQuery("select r from WarningRule r where r.year = :year order by r.region", WarningRule.class)
                .setParameter("year", year)
                .getResultList();
    }
}
