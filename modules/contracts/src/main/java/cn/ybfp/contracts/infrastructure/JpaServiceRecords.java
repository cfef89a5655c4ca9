package cn.ybfp.contracts.infrastructure;

import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.domain.ServiceRecord;
import cn.ybfp.contracts.domain.ServiceRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

@ApplicationScoped
public class JpaServiceRecords implements ServiceRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(ServiceRecord record) {
        em.persist(record);
    }

    @Override
    public boolean exists(long personId, ServiceType type, LocalDate day) {
        return !em.createQuery(
                        "select r.id from ServiceRecord r where r.personId = :person and r.type = :type and r.day = :day",
                        Long.class)
                .setParameter("person", personId)
                .setParameter("type", type)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<ServiceRecord> ofContract(long contractId) {
        return em.createQuery(
                        "select r from ServiceRecord r where r.contractId = :contract order by r.day desc, r.id desc",
                        ServiceRecord.class)
                .setParameter("contract", contractId)
                .getResultList();
    }

    @Override
    public java.util.Set<String> existing(java.util.Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        em.createQuery(
                        "select r.personId, r.type, r.day from ServiceRecord r where r.personId in :persons",
                        Object[].class)
                .setParameter("persons", personIds)
                .getResultStream()
                .forEach(o -> keys.add(ServiceRecords.key((Long) o[0], (ServiceType) o[1], (LocalDate) o[2])));
        return keys;
    }

    @Override
    public void writeInBatches() {
        em.unwrap(org.hibernate.Session.class).setJdbcBatchSize(500);
    }

    @Override
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    @Override
    public void forRun(String county, LocalDate since, LocalDate lastDay, Consumer<Dated> sink) {
        em.createQuery(
                        "select r.contractId, r.type, r.day from ServiceRecord r, Contract c where c.id = r.contractId"
                                + " and c.county = :county and c.signedOn <= :last"
                                + " and coalesce(c.endedOn, c.validTo) >= :since and r.day <= :last",
                        Object[].class)
                .setParameter("county", county)
                .setParameter("last", lastDay)
                .setParameter("since", since)
                .setHint("org.hibernate.fetchSize", 5000)
                .getResultStream()
                .forEach(o -> sink.accept(new Dated((Long) o[0], (ServiceType) o[1], (LocalDate) o[2])));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
