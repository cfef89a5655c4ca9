package cn.ybfp.contracts.infrastructure;

import cn.ybfp.contracts.api.ContractStatus;
import cn.ybfp.contracts.domain.Contract;
import cn.ybfp.contracts.domain.Contracts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaContracts implements Contracts {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Contract contract) {
        em.persist(contract);
    }

    @Override
    public Optional<Contract> find(long id) {
        return Optional.ofNullable(em.find(Contract.class, id));
    }

    @Override
    public List<Contract> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from Contract c where c.id in :ids", Contract.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public Optional<Contract> activeOf(long personId) {
        return em.createQuery(
                        "select c from Contract c where c.personId = :person and c.status = :active", Contract.class)
                .setParameter("person", personId)
                .setParameter("active", ContractStatus.ACTIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Contract> list(String townshipPattern, int limit) {
        return em.createQuery(
                        "select c from Contract c where c.township like :pattern order by c.signedOn desc, c.id desc",
                        Contract.class)
                .setParameter("pattern", townshipPattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Contract> ofPerson(long personId) {
        return em.createQuery(
                        "select c from Contract c where c.personId = :person order by c.signedOn desc", Contract.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public List<Contract> forRun(String county, LocalDate since, LocalDate lastDay) {
        return em.createQuery(
                        "select c from Contract c where c.county = :county and c.signedOn <= :last"
                                + " and coalesce(c.endedOn, c.validTo) >= :since order by c.id",
                        Contract.class)
                .setParameter("county", county)
                .setParameter("last", lastDay)
                .setParameter("since", since)
                .getResultList();
    }

    @Override
    public List<Contract> withIdNumbers(java.util.Collection<String> idNumbers, String townshipPattern) {
        if (idNumbers.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from Contract c where c.idNumber in :ids and c.township like :pattern",
                        Contract.class)
                .setParameter("ids", idNumbers)
                .setParameter("pattern", townshipPattern)
                .getResultList();
    }

    @Override
    public Map<Long, Long> runningOn(String townshipPattern, LocalDate day) {
        Map<Long, Long> running = new HashMap<>();
        em.createQuery(
                        "select c.personId, c.packageId from Contract c where c.township like :pattern"
                                + " and c.signedOn <= :day and coalesce(c.endedOn, c.validTo) >= :day",
                        Object[].class)
                .setParameter("pattern", townshipPattern)
                .setParameter("day", day)
                .getResultStream()
                .forEach(o -> running.put((Long) o[0], (Long) o[1]));
        return running;
    }

    @Override
    public boolean usesPackage(long packageId) {
        return !em.createQuery("select c.id from Contract c where c.packageId = :package", Long.class)
                .setParameter("package", packageId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
