package cn.ybfp.web.platform;

import cn.ybfp.kernel.ResidentId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * The changes of every audited entity of every module, read through Envers' own queries (no module's tables by hand):
 * by the revision's user and time, and, where the entity has one, by its person or its division. A change carries the
 * fields that differ from the record's previous revision; ID numbers in values are masked.
 */
final class EnversHistory {

    /** Where an entity keeps its person: an id column, or a relation to the register's person. */
    private static final List<String> PERSON_ATTRIBUTES = List.of("personId", "person");

    /** Where an entity keeps its division, most precise first. */
    private static final List<String> DIVISION_ATTRIBUTES =
            List.of("townshipCode", "township", "countyCode", "county", "region");

    private static final Set<String> NOT_SHOWN = Set.of("version");

    private final EntityManager em;
    private final AuditReader reader;

    EnversHistory(EntityManager em) {
        this.em = em;
        this.reader = AuditReaderFactory.get(em);
    }

    List<AuditTrail.Change> changes(AuditTrail.Criteria criteria, int limit) {
        List<AuditTrail.Change> changes = new ArrayList<>();
        for (EntityType<?> type : em.getMetamodel().getEntities()) {
            if (reader.isEntityClassAudited(type.getJavaType())) {
                query(type, criteria, limit).ifPresent(q -> read(type, q, changes));
            }
        }
        changes.sort(Comparator.comparing(AuditTrail.Change::at).reversed());
        return changes.size() > limit ? new ArrayList<>(changes.subList(0, limit)) : changes;
    }

    /** The entity's query, or none when the search names a person or division the entity does not hold. */
    private Optional<AuditQuery> query(EntityType<?> type, AuditTrail.Criteria criteria, int limit) {
        AuditQuery query = reader.createQuery()
                .forRevisionsOfEntity(type.getJavaType(), false, true)
                .add(AuditEntity.revisionProperty("timestamp")
                        .ge(criteria.from().toEpochMilli()))
                .add(AuditEntity.revisionProperty("timestamp").lt(criteria.to().toEpochMilli()));
        if (criteria.username() != null) {
            query.add(AuditEntity.revisionProperty("username").eq(criteria.username()));
        }
        if (criteria.personId() != null) {
            Optional<AuditCriterion> person = personCriterion(type, criteria.personId());
            if (person.isEmpty()) {
                return Optional.empty();
            }
            query.add(person.get());
        }
        if (criteria.divisionGiven()) {
            Optional<String> division = attribute(type, DIVISION_ATTRIBUTES);
            if (division.isEmpty()) {
                return Optional.empty();
            }
            query.add(
                    AuditEntity.property(division.get()).like(criteria.within().prefix() + "%"));
        }
        return Optional.of(query.addOrder(AuditEntity.revisionNumber().desc()).setMaxResults(limit));
    }

    private static Optional<AuditCriterion> personCriterion(EntityType<?> type, long personId) {
        if (type.getName().equals("Person")) {
            return Optional.of(AuditEntity.id().eq(personId));
        }
        return attribute(type, PERSON_ATTRIBUTES)
                .map(name -> name.equals("person")
                        ? AuditEntity.relatedId("person").eq(personId)
                        : AuditEntity.property(name).eq(personId));
    }

    private static Optional<String> attribute(EntityType<?> type, List<String> names) {
        return names.stream()
                .filter(n ->
                        type.getAttributes().stream().anyMatch(a -> a.getName().equals(n)))
                .findFirst();
    }

    private void read(EntityType<?> type, AuditQuery query, List<AuditTrail.Change> changes) {
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            Object entity = columns[0];
            PortalRevision revision = (PortalRevision) columns[1];
            RevisionType kind = (RevisionType) columns[2];
            Object id = em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
            Object before = kind == RevisionType.ADD ? null : previous(type, id, revision);
            changes.add(new AuditTrail.Change(
                    revision.at(),
                    revision.username(),
                    switch (kind) {
                        case ADD -> "新增";
                        case MOD -> "修改";
                        case DEL -> "删除";
                    },
                    type.getName(),
                    String.valueOf(id),
                    fields(type, before, kind == RevisionType.DEL ? null : entity)));
        }
    }

    private Object previous(EntityType<?> type, Object id, PortalRevision revision) {
        List<?> earlier = reader.createQuery()
                .forRevisionsOfEntity(type.getJavaType(), true, false)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().lt(revisionNumber(revision)))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return earlier.isEmpty() ? null : earlier.get(0);
    }

    private static int revisionNumber(PortalRevision revision) {
        return revision.number();
    }

    /** The shown fields whose value differs between before and after (either may be null: added, deleted). */
    private List<AuditTrail.FieldChange> fields(EntityType<?> type, Object before, Object after) {
        List<AuditTrail.FieldChange> fields = new ArrayList<>();
        List<SingularAttribute<?, ?>> attributes = new ArrayList<>(type.getSingularAttributes());
        attributes.sort(Comparator.comparing(Attribute::getName));
        for (SingularAttribute<?, ?> attribute : attributes) {
            if (attribute.isId() || attribute.isVersion() || NOT_SHOWN.contains(attribute.getName())) {
                continue;
            }
            String was = text(attribute, before);
            String is = text(attribute, after);
            if (!Objects.equals(was, is)) {
                fields.add(new AuditTrail.FieldChange(attribute.getName(), was, is));
            }
        }
        return fields;
    }

    private String text(SingularAttribute<?, ?> attribute, Object entity) {
        if (entity == null || !(attribute.getJavaMember() instanceof Field field)) {
            return null;
        }
        try {
            field.setAccessible(true);
            Object value = field.get(entity);
            if (value == null) {
                return null;
            }
            if (attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.MANY_TO_ONE
                    || attribute.getPersistentAttributeType() == Attribute.PersistentAttributeType.ONE_TO_ONE) {
                return "#"
                        + em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
            }
            String text = value instanceof BigDecimal d
                    ? d.toPlainString()
                    : value instanceof LocalDateTime t
                            ? t.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ')
                            : value.toString();
            return ResidentId.maskAll(text);
        } catch (IllegalAccessException | RuntimeException e) {
            return "?";
        }
    }
}
