package cn.ybfp.contracts.infrastructure;

import cn.ybfp.contracts.domain.FeePolicies;
import cn.ybfp.contracts.domain.FeePolicy;
import cn.ybfp.contracts.domain.ServicePackage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaFeePolicies implements FeePolicies {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(FeePolicy policy) {
        em.persist(policy);
    }

    @Override
    public void add(ServicePackage servicePackage) {
        em.persist(servicePackage);
    }

    @Override
    public Optional<FeePolicy> find(String region, int year) {
        return em.createQuery("select p from FeePolicy p where p.region = :region and p.year = :year", FeePolicy.class)
                .setParameter("region", region)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<FeePolicy> find(long id) {
        return Optional.ofNullable(em.find(FeePolicy.class, id));
    }

    @Override
    public List<FeePolicy> list() {
        return em.createQuery("select p from FeePolicy p order by p.year desc, p.region", FeePolicy.class)
                .getResultList();
    }

    @Override
    public List<ServicePackage> packages(long policyId) {
        return em.createQuery(
                        "select s from ServicePackage s where s.policyId = :policy order by s.id", ServicePackage.class)
                .setParameter("policy", policyId)
                .getResultList();
    }

    @Override
    public Optional<ServicePackage> servicePackage(long id) {
        return Optional.ofNullable(em.find(ServicePackage.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
