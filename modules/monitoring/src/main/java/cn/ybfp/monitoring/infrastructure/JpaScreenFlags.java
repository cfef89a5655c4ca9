package cn.ybfp.monitoring.infrastructure;

import cn.ybfp.monitoring.api.ScreenKind;
import cn.ybfp.monitoring.domain.ScreenFlag;
import cn.ybfp.monitoring.domain.ScreenFlags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaScreenFlags implements ScreenFlags {

    /** Keys looked up per query: well under any database's limit of bound parameters. */
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(ScreenFlag flag) {
        em.persist(flag);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Set<String> existing(Collection<String> keys) {
        List<String> all = new ArrayList<>(keys);
        Set<String> found = new HashSet<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            found.addAll(em.createQuery("select f.key from ScreenFlag f where f.key in :keys", String.class)
                    .setParameter("keys", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .getResultList());
        }
        return found;
    }

    @Override
    public Optional<ScreenFlag> find(String townshipPattern, long id) {
        return Optional.ofNullable(em.find(ScreenFlag.class, id))
                .filter(f -> Patterns.matches(townshipPattern, f.townshipCode()));
    }

    @Override
    public List<ScreenFlag> list(String townshipPattern, int year, ScreenKind kind, boolean openOnly, int limit) {
        var query = em.createQuery(
                        "select f from ScreenFlag f where f.townshipCode like :pattern and f.year = :year"
                                + (kind == null ? "" : " and f.kind = :kind")
                                + (openOnly ? " and f.outcome is null" : "")
                                + " order by f.raisedOn desc, f.id desc",
                        ScreenFlag.class)
                .setParameter("pattern", townshipPattern)
                .setParameter("year", year)
                .setMaxResults(limit);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        return query.getResultList();
    }

    @Override
    public Map<ScreenKind, Long> openCounts(String townshipPattern) {
        Map<ScreenKind, Long> counts = new EnumMap<>(ScreenKind.class);
        em.createQuery(
                        "select f.kind, count(f) from ScreenFlag f where f.townshipCode like :pattern"
                                + " and f.outcome is null group by f.kind",
                        Object[].class)
                .setParameter("pattern", townshipPattern)
                .getResultList()
                .forEach(row -> counts.put((ScreenKind) row[0], (Long) row[1]));
        return counts;
    }
}
