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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the bulk-read records in table {@code bulk_read}, each in a transaction of its own, so that the record stays
 * whatever happens to the download after it; a filter is stored with ID numbers masked and cut to 500 characters.
 */
@ApplicationScoped
public class RecordedBulkReads implements BulkReads {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

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

    /** The recorded bulk reads for the audit viewer: by user, by the reader's division, over a time range. */
    static final class Search {

        private final EntityManager em;

        Search(EntityManager em) {
            this.em = em;
        }

        List<AuditTrail.Read> reads(AuditTrail.Criteria criteria, int limit) {
            var query = em.createNativeQuery("select read_at, username, what, filter, row_count from bulk_read"
                            + " where read_at >= ?1 and read_at < ?2 and division like ?3"
                            + (criteria.username() == null ? "" : " and username = ?4")
                            + " order by read_at desc")
                    .setParameter(1, LocalDateTime.ofInstant(criteria.from(), BEIJING))
                    .setParameter(2, LocalDateTime.ofInstant(criteria.to(), BEIJING))
                    .setParameter(3, criteria.within().prefix() + "%")
                    .setMaxResults(limit);
            if (criteria.username() != null) {
                query.setParameter(4, criteria.username());
            }
            List<AuditTrail.Read> reads = new ArrayList<>();
            for (Object row : query.getResultList()) {
                Object[] c = (Object[]) row;
                reads.add(new AuditTrail.Read(
                        ((java.sql.Timestamp) c[0])
                                .toLocalDateTime()
                                .atZone(BEIJING)
                                .toInstant(),
                        (String) c[1],
                        "导出：" + c[2],
                        (String) c[3],
                        ((Number) c[4]).longValue()));
            }
            return reads;
        }

        /** The driver's value of a timestamp column, whichever type Hibernate hands a native query. */
        private static LocalDateTime localTime(Object value) {
            return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        }
    }
}
