package cn.ybfp.supervision.infrastructure;

import cn.ybfp.supervision.domain.SchemeBounds;
import cn.ybfp.supervision.domain.SchemeBoundsStore;
import cn.ybfp.supervision.domain.SchemeSignoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSchemeBoundsStore implements SchemeBoundsStore {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SchemeBounds> of(int year) {
        return Optional.ofNullable(em.find(SchemeBounds.class, year));
    }

    @Override
    public List<SchemeSignoff> signoffs(String schemeId) {
        return em.createQuery(
                        "select s from SchemeSignoff s where s.schemeId = :id order by s.signedAt", SchemeSignoff.class)
                .setParameter("id", schemeId)
                .getResultList();
    }

    @Override
    public SchemeBounds add(SchemeBounds bounds) {
        em.persist(bounds);
        return bounds;
    }

    @Override
    public SchemeSignoff add(SchemeSignoff signoff) {
        em.persist(signoff);
        em.flush(); // the same warning signed twice at once fails here, on the key
        return signoff;
    }
}
