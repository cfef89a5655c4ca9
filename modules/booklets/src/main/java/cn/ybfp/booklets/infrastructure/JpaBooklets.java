package cn.ybfp.booklets.infrastructure;

import cn.ybfp.booklets.domain.Booklet;
import cn.ybfp.booklets.domain.BookletDisease;
import cn.ybfp.booklets.domain.Booklets;
import cn.ybfp.kernel.RevisionStamp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

@ApplicationScoped
public class JpaBooklets implements Booklets {

    @PersistenceContext
    EntityManager em;

    @Override
    public long nextSerial() {
        String sql = em.unwrap(SessionImplementor.class)
                .getFactory()
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSequenceNextValString("booklet_number_seq");
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Override
    public void add(Booklet booklet) {
        em.persist(booklet);
    }

    @Override
    public void add(BookletDisease disease) {
        em.persist(disease);
    }

    @Override
    public Optional<Booklet> find(long id) {
        return Optional.ofNullable(em.find(Booklet.class, id));
    }

    @Override
    public Optional<Booklet> validOf(long personId) {
        return em.createQuery("select b from Booklet b where b.holder = :person", Booklet.class)
                .setParameter("person", personId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Booklet> ofPerson(long personId) {
        return em.createQuery(
                        "select b from Booklet b where b.personId = :person order by b.issuedOn desc", Booklet.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public List<Booklet> list(String townshipPattern, int limit) {
        return em.createQuery(
                        "select b from Booklet b where b.township like :pattern order by b.issuedOn desc, b.id desc",
                        Booklet.class)
                .setParameter("pattern", townshipPattern)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<BookletDisease> diseasesOf(long bookletId) {
        return em.createQuery(
                        "select d from BookletDisease d where d.bookletId = :booklet order by d.coveredFrom, d.disease",
                        BookletDisease.class)
                .setParameter("booklet", bookletId)
                .getResultList();
    }

    @Override
    public List<BookletDisease> diseasesOfPerson(long personId) {
        return em.createQuery(
                        "select d from BookletDisease d, Booklet b where d.bookletId = b.id and b.personId = :person",
                        BookletDisease.class)
                .setParameter("person", personId)
                .getResultList();
    }

    @Override
    public List<Booklet> ofPersons(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select b from Booklet b where b.personId in :persons", Booklet.class)
                .setParameter("persons", personIds)
                .getResultList();
    }

    @Override
    public List<BookletDisease> diseasesOfPersons(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select d from BookletDisease d, Booklet b where d.bookletId = b.id and b.personId in :persons",
                        BookletDisease.class)
                .setParameter("persons", personIds)
                .getResultList();
    }

    @Override
    public List<Booklet> issuedIn(String county, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select b from Booklet b where b.county = :county and b.issuedOn between :from and :to"
                                + " order by b.number",
                        Booklet.class)
                .setParameter("county", county)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<String> countiesIssuing(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select distinct b.county from Booklet b where b.issuedOn between :from and :to"
                                + " order by b.county",
                        String.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Revision<Booklet>> history(long bookletId) {
        List<Object[]> rows = AuditReaderFactory.get(em)
                .createQuery()
                .forRevisionsOfEntity(Booklet.class, false, true)
                .add(AuditEntity.id().eq(bookletId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream()
                .map(row -> {
                    var stamp = (RevisionStamp) row[1];
                    return new Revision<>(
                            (Booklet) row[0], stamp.at(), stamp.username(), ((RevisionType) row[2]).name());
                })
                .toList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
