package cn.ybfp.web.platform;

import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.ResidentId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Keeps the bulk-read records in table {@code bulk_read}, each in a transaction of its own, so that the record stays
 * whatever happens to the download after it; a filter is stored with ID numbers masked and cut to 500 characters.
 */
@ApplicationScoped
public class RecordedBulkReads implements BulkReads {

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Caller caller, String what, String filter, long rows) {
        String masked = ResidentId.maskAll(filter == null ? "" : filter);
        em.createNativeQuery("insert into bulk_read (read_at, username, user_role, division, what, filter, row_count)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, LocalDateTime.now(clock))
                .setParameter(2, caller.username())
                .setParameter(3, caller.role().name())
                .setParameter(4, caller.division().value())
                .setParameter(5, what.length() > 100 ? what.substring(0, 100) : what)
                .setParameter(6, masked.length() > 500 ? masked.substring(0, 500) : masked)
                .setParameter(7, rows)
                .executeUpdate();
    }
}
