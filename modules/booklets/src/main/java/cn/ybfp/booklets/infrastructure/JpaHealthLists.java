package cn.ybfp.booklets.infrastructure;

import cn.ybfp.booklets.api.ListRowOutcome;
import cn.ybfp.booklets.api.RecognitionStatus;
import cn.ybfp.booklets.domain.HealthList;
import cn.ybfp.booklets.domain.HealthListRow;
import cn.ybfp.booklets.domain.HealthLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

@ApplicationScoped
public class JpaHealthLists implements HealthLists {

    private static final String ROWS =
            " from HealthListRow r left join Recognition rec on rec.id = r.recognitionId" + " where r.listId = :list";

    private static final int WRITE_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(HealthList list) {
        em.persist(list);
    }

    @Override
    public void add(HealthListRow row) {
        em.persist(row);
    }

    @Override
    public Optional<HealthList> find(long id) {
        return Optional.ofNullable(em.find(HealthList.class, id));
    }

    @Override
    public List<HealthList> list(String countyPattern, int limit) {
        return em.createQuery(
                        "select l from HealthList l where l.county like :pattern order by l.uploadedAt desc, l.id desc",
                        HealthList.class)
                .setParameter("pattern", countyPattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Long> eligibleIds(long listId) {
        return em.createQuery(
                        "select r.id from HealthListRow r where r.listId = :list and r.outcome = :eligible"
                                + " order by r.lineNumber",
                        Long.class)
                .setParameter("list", listId)
                .setParameter("eligible", ListRowOutcome.ELIGIBLE)
                .getResultList();
    }

    @Override
    public List<HealthListRow> rows(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select r from HealthListRow r where r.id in :ids order by r.lineNumber", HealthListRow.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Line> lines(long listId, int limit) {
        return lineQuery(listId)
                .setMaxResults(limit)
                .getResultStream()
                .map(JpaHealthLists::line)
                .toList();
    }

    @Override
    public void forEachLine(long listId, java.util.function.Consumer<Line> sink) {
        lineQuery(listId)
                .setHint("org.hibernate.fetchSize", 5000)
                .getResultStream()
                .forEach(o -> sink.accept(line(o)));
    }

    private jakarta.persistence.TypedQuery<Object[]> lineQuery(long listId) {
        return em.createQuery(
                        "select r.lineNumber, r.name, r.idNumberMasked, r.disease, r.diseaseWritten, r.outcome,"
                                + " r.reason, r.recognitionId, rec.status, rec.reason" + ROWS
                                + " order by r.lineNumber",
                        Object[].class)
                .setParameter("list", listId);
    }

    private static Line line(Object[] o) {
        return new Line(
                (Long) o[0],
                (String) o[1],
                (String) o[2],
                (String) o[3],
                (String) o[4],
                (ListRowOutcome) o[5],
                (String) o[6],
                (Long) o[7],
                (RecognitionStatus) o[8],
                (String) o[9]);
    }

    @Override
    public List<Tally> tally(long listId) {
        return em.createQuery(
                        "select r.disease, r.outcome, rec.status, count(r)" + ROWS
                                + " group by r.disease, r.outcome, rec.status",
                        Object[].class)
                .setParameter("list", listId)
                .getResultStream()
                .map(o -> new Tally(
                        (String) o[0], (ListRowOutcome) o[1], (RecognitionStatus) o[2], ((Number) o[3]).longValue()))
                .toList();
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
