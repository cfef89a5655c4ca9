package cn.ybfp.supervision.infrastructure;

import cn.ybfp.supervision.domain.MonitoringCounties;
import cn.ybfp.supervision.domain.MonitoringCounty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaMonitoringCounties implements MonitoringCounties {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<MonitoringCounty> of(int year) {
        return em.createQuery(
                        "select m from MonitoringCounty m where m.year = :year order by m.county",
                        MonitoringCounty.class)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public MonitoringCounty add(MonitoringCounty county) {
        em.persist(county);
        em.flush(); // the same county marked twice at once fails here, on the key
        return county;
    }

    @Override
    public void remove(MonitoringCounty county) {
        em.remove(county);
    }
}
