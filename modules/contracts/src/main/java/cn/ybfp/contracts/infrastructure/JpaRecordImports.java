package cn.ybfp.contracts.infrastructure;

import cn.ybfp.contracts.api.ImportOutcome;
import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.domain.RecordImport;
import cn.ybfp.contracts.domain.RecordImportRow;
import cn.ybfp.contracts.domain.RecordImports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.Session;

@ApplicationScoped
public class JpaRecordImports implements RecordImports {

    private static final int WRITE_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(RecordImport file) {
        em.persist(file);
    }

    @Override
    public void add(RecordImportRow row) {
        em.persist(row);
    }

    @Override
    public Optional<RecordImport> find(long id) {
        return Optional.ofNullable(em.find(RecordImport.class, id));
    }

    @Override
    public List<RecordImport> list(String areaPattern, int limit) {
        return em.createQuery(
                        "select f from RecordImport f where f.area like :pattern order by f.uploadedAt desc, f.id desc",
                        RecordImport.class)
                .setParameter("pattern", areaPattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<RecordImportRow> rows(long importId, ImportOutcome outcome, long afterLine, int limit) {
        var query = em.createQuery(
                        "select r from RecordImportRow r where r.importId = :file and r.lineNumber > :after"
                                + (outcome == null ? "" : " and r.outcome = :outcome")
                                + " order by r.lineNumber",
                        RecordImportRow.class)
                .setParameter("file", importId)
                .setParameter("after", afterLine)
                .setMaxResults(limit);
        if (outcome != null) {
            query.setParameter("outcome", outcome);
        }
        return query.getResultList();
    }

    @Override
    public Map<ImportOutcome, Long> counts(long importId) {
        Map<ImportOutcome, Long> counts = new EnumMap<>(ImportOutcome.class);
        em.createQuery(
                        "select r.outcome, count(r) from RecordImportRow r where r.importId = :file group by r.outcome",
                        Object[].class)
                .setParameter("file", importId)
                .getResultStream()
                .forEach(o -> counts.put((ImportOutcome) o[0], ((Number) o[1]).longValue()));
        return counts;
    }

    @Override
    public void forEachAccepted(long importId, Consumer<Accepted> sink) {
        stream(importId, ImportOutcome.ACCEPTED, "r.contractId, r.type, r.day, r.memberId, r.note")
                .forEach(o -> sink.accept(new Accepted(
                        (Long) o[0], (Long) o[1], (ServiceType) o[2], (LocalDate) o[3], (Long) o[4], (String) o[5])));
    }

    @Override
    public void forEachRejected(long importId, Consumer<Rejected> sink) {
        stream(importId, ImportOutcome.REJECTED, "r.name, r.idNumberMasked, r.type, r.day, r.reason")
                .forEach(o -> sink.accept(new Rejected(
                        (Long) o[0], (String) o[1], (String) o[2], (ServiceType) o[3], (LocalDate) o[4], (String)
                                o[5])));
    }

    private java.util.stream.Stream<Object[]> stream(long importId, ImportOutcome outcome, String columns) {
        return em.createQuery(
                        "select r.lineNumber, " + columns + " from RecordImportRow r where r.importId = :file"
                                + " and r.outcome = :outcome order by r.lineNumber",
                        Object[].class)
                .setParameter("file", importId)
                .setParameter("outcome", outcome)
                .setHint("org.hibernate.fetchSize", 5000)
                .getResultStream();
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
