package cn.ybfp.booklets.infrastructure;

import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.domain.CatalogueEntries;
import cn.ybfp.booklets.domain.CatalogueEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCatalogueEntries implements CatalogueEntries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<CatalogueEntry> of(String region, int year) {
        return em.createQuery(
                        "select e from CatalogueEntry e where e.region = :region and e.year = :year order by e.code",
                        CatalogueEntry.class)
                .setParameter("region", region)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public List<CatalogueSize> catalogues() {
        return em.createQuery(
                        "select new cn.ybfp.booklets.domain.CatalogueEntries$CatalogueSize(e.region, e.year,"
                                + " sum(case when e.covered = true and e.kind = :chronic then 1 else 0 end),"
                                + " sum(case when e.covered = true and e.kind = :special then 1 else 0 end),"
                                + " sum(case when e.covered = false then 1 else 0 end))"
                                + " from CatalogueEntry e group by e.region, e.year order by e.year desc, e.region",
                        CatalogueSize.class)
                .setParameter("chronic", DiseaseKind.CHRONIC)
                .setParameter("special", DiseaseKind.SPECIAL)
                .getResultList();
    }

    @Override
    public Optional<CatalogueEntry> find(long id) {
        return Optional.ofNullable(em.find(CatalogueEntry.class, id));
    }

    @Override
    public boolean exists(String region, int year, String code) {
        return !em.createQuery(
                        "select e.id from CatalogueEntry e where e.region = :region and e.year = :year"
                                + " and e.code = :code",
                        Long.class)
                .setParameter("region", region)
                .setParameter("year", year)
                .setParameter("code", code)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(CatalogueEntry entry) {
        em.persist(entry);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<CatalogueEntry> find(String region, int year, String code) {
        return em.createQuery(
                        "select e from CatalogueEntry e where e.region = :region and e.year = :year and e.code = :code",
                        CatalogueEntry.class)
                .setParameter("region", region)
                .setParameter("year", year)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean has(String region, int year) {
        return !em.createQuery(
                        "select e.id from CatalogueEntry e where e.region = :region and e.year = :year", Long.class)
                .setParameter("region", region)
                .setParameter("year", year)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
