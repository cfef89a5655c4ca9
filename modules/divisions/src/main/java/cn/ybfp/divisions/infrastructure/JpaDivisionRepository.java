package cn.ybfp.divisions.infrastructure;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.divisions.domain.Division;
import cn.ybfp.divisions.domain.DivisionRepository;
import cn.ybfp.kernel.DivisionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDivisionRepository implements DivisionRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Division> find(DivisionCode code) {
        return Optional.ofNullable(em.find(Division.class, code.value()));
    }

    @Override
    public java.util.Set<String> townshipCodes() {
        return java.util.Set.copyOf(
                em.createQuery("select d.code from Division d where length(d.code) = 9", String.class)
                        .getResultList());
    }

    @Override
    public List<Division> within(Jurisdiction jurisdiction) {
        return em.createQuery("select d from Division d where d.code like :pattern order by d.code", Division.class)
                .setParameter("pattern", jurisdiction.likePattern())
                .getResultList();
    }
}
