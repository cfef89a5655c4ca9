package cn.ybfp.register.infrastructure;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.register.api.ExchangeStatus;
import cn.ybfp.register.domain.ExchangeBatch;
import cn.ybfp.register.domain.ExchangeBatches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.LockOptions;
import org.hibernate.jpa.SpecHints;

@ApplicationScoped
public class JpaExchangeBatches implements ExchangeBatches {

    @PersistenceContext
    EntityManager em;

    @Override
    public ExchangeBatch add(ExchangeBatch batch) {
        em.persist(batch);
        return batch;
    }

    @Override
    public Optional<ExchangeBatch> find(Jurisdiction jurisdiction, long id) {
        return Optional.ofNullable(em.find(ExchangeBatch.class, id)).filter(b -> jurisdiction.contains(b.scope()));
    }

    @Override
    public Optional<ExchangeBatch> lock(Jurisdiction jurisdiction, long id) {
        ExchangeBatch batch = em.find(ExchangeBatch.class, id);
        if (batch == null || !jurisdiction.contains(batch.scope())) {
            return Optional.empty();
        }
        // refresh, not find: a batch this transaction has read already would be locked but not read again
        em.refresh(batch, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(batch);
    }

    @Override
    public List<ExchangeBatch> recent(Jurisdiction jurisdiction, int limit) {
        return em.createQuery(
                        "select b from ExchangeBatch b where b.scopeCode like :scope order by b.id desc",
                        ExchangeBatch.class)
                .setParameter("scope", jurisdiction.likePattern())
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void progress(long id, long rows) {
        em.createQuery("update ExchangeBatch b set b.rowsRead = :rows where b.id = :id")
                .setParameter("rows", rows)
                .setParameter("id", id)
                .executeUpdate();
    }

    /**
     * Locked, skipping the rows another transaction holds: an apply holds its batch's row for as long as it runs, so a
     * second portal instance that starts meanwhile leaves that batch to the instance applying it.
     */
    @Override
    public List<ExchangeBatch> interrupted() {
        return em.createQuery("select b from ExchangeBatch b where b.status in :running", ExchangeBatch.class)
                .setParameter("running", List.of(ExchangeStatus.READING, ExchangeStatus.APPLYING))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED) // for update skip locked
                .getResultList();
    }

    @Override
    public ExchangeBatch get(long id) {
        return em.find(ExchangeBatch.class, id);
    }
}
