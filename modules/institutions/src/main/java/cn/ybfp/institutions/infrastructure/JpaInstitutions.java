package cn.ybfp.institutions.infrastructure;

import cn.ybfp.institutions.domain.DesignatedInstitution;
import cn.ybfp.institutions.domain.Institutions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaInstitutions implements Institutions {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(DesignatedInstitution institution) {
        em.persist(institution);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<DesignatedInstitution> find(String code) {
        return Optional.ofNullable(em.find(DesignatedInstitution.class, code));
    }

    @Override
    public Optional<DesignatedInstitution> byApiClient(String clientId) {
        return one("select i from DesignatedInstitution i where i.apiClient = :value", clientId);
    }

    @Override
    public Optional<DesignatedInstitution> byName(String name) {
        return one("select i from DesignatedInstitution i where i.name = :value", name);
    }

    @Override
    public List<DesignatedInstitution> list(String countyPattern) {
        return em.createQuery(
                        "select i from DesignatedInstitution i where i.countyCode like :pattern"
                                + " order by i.countyCode, i.code",
                        DesignatedInstitution.class)
                .setParameter("pattern", countyPattern)
                .getResultList();
    }

    private Optional<DesignatedInstitution> one(String query, String value) {
        return em.createQuery(query, DesignatedInstitution.class)
                .setParameter("value", value)
                .getResultStream()
                .findFirst();
    }
}
