package cn.ybfp.booklets.infrastructure;

import cn.ybfp.booklets.api.ListRowOutcome;
import cn.ybfp.booklets.api.RecognitionStatus;
import cn.ybfp.booklets.domain.Evidence;
import cn.ybfp.booklets.domain.Recognition;
import cn.ybfp.booklets.domain.Recognitions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRecognitions implements Recognitions {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Recognition recognition) {
        em.persist(recognition);
    }

    @Override
    public void add(Evidence evidence) {
        em.persist(evidence);
    }

    @Override
    public Optional<Recognition> find(long id) {
        return Optional.ofNullable(em.find(Recognition.class, id));
    }

    @Override
    public List<Recognition> list(String townshipPattern, RecognitionStatus status, int limit) {
        return em.createQuery(
                        "select r from Recognition r where r.township like :pattern"
                                + " and (:status is null or r.status = :status) order by r.startedAt desc, r.id desc",
                        Recognition.class)
                .setParameter("pattern", townshipPattern)
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Recognition> ofPerson(long personId) {
        return em.createQuery(
                        "select r from Recognition r where r.personId = :person order by r.startedAt desc",
                        Recognition.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public Optional<Recognition> pending(long personId, String disease) {
        return em.createQuery(
                        "select r from Recognition r where r.personId = :person and r.disease = :disease"
                                + " and r.status = :pending",
                        Recognition.class)
                .setParameter("person", personId)
                .setParameter("disease", disease)
                .setParameter("pending", RecognitionStatus.PENDING)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Recognition> pendingForList(long listId) {
        return em.createQuery(
                        "select r from Recognition r where r.status = :pending and r.personId in (select row.personId"
                                + " from HealthListRow row where row.listId = :list and row.outcome = :eligible)",
                        Recognition.class)
                .setParameter("pending", RecognitionStatus.PENDING)
                .setParameter("list", listId)
                .setParameter("eligible", ListRowOutcome.ELIGIBLE)
                .getResultList();
    }

    @Override
    public List<Evidence> evidenceOf(long recognitionId) {
        return em.createQuery(
                        "select e from Evidence e where e.recognitionId = :recognition order by e.id", Evidence.class)
                .setParameter("recognition", recognitionId)
                .getResultList();
    }

    @Override
    public Optional<Evidence> evidence(long id) {
        return Optional.ofNullable(em.find(Evidence.class, id));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
