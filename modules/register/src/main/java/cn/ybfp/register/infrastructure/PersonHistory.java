package cn.ybfp.register.infrastructure;

import cn.ybfp.kernel.RevisionStamp;
import cn.ybfp.register.api.HistoryEntry;
import cn.ybfp.register.domain.CategoryMembership;
import cn.ybfp.register.domain.Enrolment;
import cn.ybfp.register.domain.Person;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/** A person's history from Envers: the person, its categories and its enrolments, newest first. */
final class PersonHistory {

    private final EntityManager em;

    PersonHistory(EntityManager em) {
        this.em = em;
    }

    List<HistoryEntry> of(long personId) {
        var reader = AuditReaderFactory.get(em);
        List<HistoryEntry> entries = new ArrayList<>();
        collect(
                entries,
                reader.createQuery()
                        .forRevisionsOfEntity(Person.class, false, true)
                        .add(AuditEntity.id().eq(personId)),
                "人员信息",
                (Person p) -> describe(p));
        collect(
                entries,
                reader.createQuery()
                        .forRevisionsOfEntity(CategoryMembership.class, false, true)
                        .add(AuditEntity.relatedId("person").eq(personId)),
                "救助对象类别",
                (CategoryMembership m) -> describe(m));
        collect(
                entries,
                reader.createQuery()
                        .forRevisionsOfEntity(Enrolment.class, false, true)
                        .add(AuditEntity.relatedId("person").eq(personId)),
                "参保登记",
                (Enrolment e) -> describe(e));
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return entries;
    }

    @SuppressWarnings("unchecked")
    private static <T> void collect(
            List<HistoryEntry> into, AuditQuery query, String part, Function<T, String> summary) {
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            var stamp = (RevisionStamp) row[1];
            into.add(new HistoryEntry(
                    stamp.at(), stamp.username(), change((RevisionType) row[2]), part, summary.apply((T) row[0])));
        }
    }

    private static String change(RevisionType type) {
        return switch (type) {
            case ADD -> "新增";
            case MOD -> "修改";
            case DEL -> "删除";
        };
    }

    private static String describe(Person p) {
        return p.name() + "，电话 " + (p.phone() == null ? "—" : p.phone()) + "，与户主关系 "
                + (p.relationToHead() == null ? "—" : p.relationToHead()) + "，状态 "
                + p.status().label()
                + (p.statusDate() == null ? "" : "（" + p.statusDate() + "）");
    }

    private static String describe(CategoryMembership m) {
        return m.category().label() + "，" + m.validFrom() + " 至 " + (m.validTo() == null ? "今" : m.validTo())
                + (m.documentNumber() == null ? "" : "，" + m.documentNumber());
    }

    private static String describe(Enrolment e) {
        return e.year() + " 年度" + e.status().label() + "，应缴 " + e.contributionDue() + " 元，资助 " + e.subsidyAmount()
                + " 元";
    }
}
