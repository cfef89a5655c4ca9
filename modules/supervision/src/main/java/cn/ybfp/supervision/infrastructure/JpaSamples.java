package cn.ybfp.supervision.infrastructure;

import cn.ybfp.supervision.domain.DecisionSample;
import cn.ybfp.supervision.domain.SampleItem;
import cn.ybfp.supervision.domain.Samples;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSamples implements Samples {

    @PersistenceContext
    EntityManager em;

    @Override
    public DecisionSample add(DecisionSample sample) {
        em.persist(sample);
        return sample;
    }

    @Override
    public SampleItem addItem(SampleItem item) {
        em.persist(item);
        return item;
    }

    @Override
    public List<DecisionSample> list(String likePattern) {
        return em.createQuery(
                        "select s from DecisionSample s where s.county like :pattern order by s.drawnAt desc",
                        DecisionSample.class)
                .setParameter("pattern", likePattern)
                .setMaxResults(200)
                .getResultList();
    }

    @Override
    public Optional<DecisionSample> find(String likePattern, long id) {
        return em.createQuery(
                        "select s from DecisionSample s where s.id = :id and s.county like :pattern",
                        DecisionSample.class)
                .setParameter("id", id)
                .setParameter("pattern", likePattern)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<SampleItem> items(long sampleId) {
        return em.createQuery("select i from SampleItem i where i.sampleId = :id order by i.id", SampleItem.class)
                .setParameter("id", sampleId)
                .getResultList();
    }

    @Override
    public Optional<SampleItem> findItem(String likePattern, long id) {
        return em.createQuery(
                        "select i from SampleItem i where i.id = :id and i.county like :pattern", SampleItem.class)
                .setParameter("id", id)
                .setParameter("pattern", likePattern)
                .getResultStream()
                .findFirst();
    }
}
