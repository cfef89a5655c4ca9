package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.domain.SchemeRecord;
import cn.ybfp.claims.domain.SchemeRecords;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.RevisionStamp;
import cn.ybfp.register.api.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

@ApplicationScoped
public class JpaSchemeRecords implements SchemeRecords {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<SchemeRecord> all() {
        return em.createQuery("select s from SchemeRecord s order by s.year desc, s.region, s.id", SchemeRecord.class)
                .getResultList();
    }

    @Override
    public Optional<SchemeRecord> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(SchemeRecord.class, id));
    }

    @Override
    public Optional<SchemeRecord> forCity(DivisionCode city, int year) {
        // a city's own scheme sorts before its province's ("220100" > "220000")
        return em.createQuery(
                        "select s from SchemeRecord s where s.year = :year and s.region in (:city, :province)"
                                + " order by s.region desc",
                        SchemeRecord.class)
                .setParameter("year", year)
                .setParameter("city", city.value())
                .setParameter("province", city.parent().orElse(city).value())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public boolean exists(String region, int year) {
        return !em.createQuery(
                        "select s.id from SchemeRecord s where s.region = :region and s.year = :year", String.class)
                .setParameter("region", region)
                .setParameter("year", year)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(SchemeRecord scheme) {
        em.persist(scheme);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<HistoryEntry> history(String id) {
        List<Object[]> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(SchemeRecord.class, false, true)
                .add(AuditEntity.id().eq(id))
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            var stamp = (RevisionStamp) row[1];
            var scheme = (SchemeRecord) row[0];
            entries.add(new HistoryEntry(
                    stamp.at(),
                    stamp.username(),
                    row[2] == RevisionType.ADD ? "新增" : "修改",
                    "待遇政策方案",
                    scheme.name() + "（" + scheme.year() + " 年度，" + scheme.region() + "）"
                            + (scheme.copiedFrom() == null ? "" : "，复制自 " + scheme.copiedFrom())));
        }
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return entries;
    }
}
