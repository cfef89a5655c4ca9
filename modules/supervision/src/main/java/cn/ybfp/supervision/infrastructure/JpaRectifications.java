package cn.ybfp.supervision.infrastructure;

import cn.ybfp.supervision.api.RectificationStatus;
import cn.ybfp.supervision.domain.RectificationEvidence;
import cn.ybfp.supervision.domain.RectificationItem;
import cn.ybfp.supervision.domain.Rectifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRectifications implements Rectifications {

    @PersistenceContext
    EntityManager em;

    @Override
    public RectificationItem add(RectificationItem item) {
        em.persist(item);
        return item;
    }

    @Override
    public Optional<RectificationItem> find(String likePattern, long id) {
        return em.createQuery(
                        "select r from RectificationItem r where r.id = :id and r.county like :pattern",
                        RectificationItem.class)
                .setParameter("id", id)
                .setParameter("pattern", likePattern)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<RectificationItem> ofSampleItem(long sampleItemId) {
        return em.createQuery("select r from RectificationItem r where r.sampleItemId = :id", RectificationItem.class)
                .setParameter("id", sampleItemId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<RectificationItem> list(String likePattern, RectificationStatus status, LocalDate from, LocalDate to) {
        var query = em.createQuery(
                        "select r from RectificationItem r where r.county like :pattern"
                                + " and r.foundOn between :from and :to"
                                + (status == null ? "" : " and r.status = :status")
                                + " order by r.deadline, r.id",
                        RectificationItem.class)
                .setParameter("pattern", likePattern)
                .setParameter("from", from)
                .setParameter("to", to);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    @Override
    public RectificationEvidence addEvidence(RectificationEvidence evidence) {
        em.persist(evidence);
        return evidence;
    }

    @Override
    public List<RectificationEvidence> evidence(long itemId) {
        return em.createQuery(
                        "select e from RectificationEvidence e where e.itemId = :id order by e.id",
                        RectificationEvidence.class)
                .setParameter("id", itemId)
                .getResultList();
    }

    @Override
    public Optional<RectificationEvidence> findEvidence(String likePattern, long id) {
        return em.createQuery(
                        "select e from RectificationEvidence e, RectificationItem r where e.id = :id and r.id = e.itemId"
                                + " and r.county like :pattern",
                        RectificationEvidence.class)
                .setParameter("id", id)
                .setParameter("pattern", likePattern)
                .getResultStream()
                .findFirst();
    }
}
