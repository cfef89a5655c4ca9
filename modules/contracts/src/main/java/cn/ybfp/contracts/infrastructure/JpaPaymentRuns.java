package cn.ybfp.contracts.infrastructure;

import cn.ybfp.contracts.domain.Contract;
import cn.ybfp.contracts.domain.PaymentRun;
import cn.ybfp.contracts.domain.PaymentRuns;
import cn.ybfp.contracts.domain.Quarter;
import cn.ybfp.contracts.domain.RunLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

@ApplicationScoped
public class JpaPaymentRuns implements PaymentRuns {

    private static final int WRITE_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(PaymentRun run) {
        em.persist(run);
    }

    @Override
    public void add(RunLine line) {
        em.persist(line);
    }

    @Override
    public Optional<PaymentRun> find(long id) {
        return Optional.ofNullable(em.find(PaymentRun.class, id));
    }

    @Override
    public Optional<PaymentRun> lock(String county, Quarter quarter) {
        return em.createQuery(
                        "select r from PaymentRun r where r.county = :county and r.quarter = :quarter",
                        PaymentRun.class)
                .setParameter("county", county)
                .setParameter("quarter", quarter.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PaymentRun> list(String countyPattern) {
        return em.createQuery(
                        "select r from PaymentRun r where r.county like :pattern order by r.quarter desc, r.county",
                        PaymentRun.class)
                .setParameter("pattern", countyPattern)
                .getResultList();
    }

    @Override
    public List<Lined> linesWithContracts(long runId) {
        return em.createQuery(
                        "select l, c from RunLine l, Contract c where c.id = l.contractId and l.runId = :run"
                                + " order by l.teamId, l.contractId, l.obligation",
                        Object[].class)
                .setParameter("run", runId)
                .getResultStream()
                .map(o -> new Lined((RunLine) o[0], (Contract) o[1]))
                .toList();
    }

    @Override
    public void deleteLines(long runId) {
        em.createQuery("delete from RunLine l where l.runId = :run")
                .setParameter("run", runId)
                .executeUpdate();
    }

    @Override
    public Set<String> paidElsewhere(String county, long runId) {
        return new HashSet<>(em.createQuery(
                        "select l.paymentKey from RunLine l, PaymentRun r where r.id = l.runId and r.county = :county"
                                + " and r.id <> :run and l.paymentKey is not null",
                        String.class)
                .setParameter("county", county)
                .setParameter("run", runId)
                .getResultList());
    }

    @Override
    public void writeInBatches() {
        em.unwrap(Session.class).setJdbcBatchSize(WRITE_BATCH);
    }

    @Override
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
