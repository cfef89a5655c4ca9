package cn.ybfp.register.infrastructure;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.register.api.HistoryEntry;
import cn.ybfp.register.api.PersonSearch;
import cn.ybfp.register.domain.Household;
import cn.ybfp.register.domain.People;
import cn.ybfp.register.domain.Person;
import cn.ybfp.register.domain.PersonRecordView;
import cn.ybfp.register.domain.SubsidyPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPeople implements People {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Person> find(Jurisdiction jurisdiction, long id) {
        return Optional.ofNullable(em.find(Person.class, id)).filter(p -> jurisdiction.contains(p.township()));
    }

    @Override
    public Optional<Person> findByIdNumber(String idNumber) {
        return em.createQuery("select p from Person p where p.idNumber = :idNumber", Person.class)
                .setParameter("idNumber", idNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Person> findByIdNumbers(Collection<String> idNumbers) {
        return withCategories("p.idNumber in :keys", idNumbers);
    }

    @Override
    public List<Person> findAll(Collection<Long> ids) {
        return withCategories("p.id in :keys", ids);
    }

    private List<Person> withCategories(String where, Collection<?> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select distinct p from Person p left join fetch p.memberships where " + where, Person.class)
                .setParameter("keys", keys)
                .getResultList();
    }

    @Override
    public Map<Long, String> targets(String townshipPattern, LocalDate asOf) {
        Map<Long, String> targets = new HashMap<>();
        em.createQuery(
                        "select p.id, p.townshipCode from CategoryMembership m join m.person p"
                                + " where p.townshipCode like :pattern and m.pendingBy is null and m.validFrom <= :day"
                                + " and (m.validTo is null or m.validTo >= :day)",
                        Object[].class)
                .setParameter("pattern", townshipPattern)
                .setParameter("day", asOf)
                .getResultStream()
                .forEach(o -> targets.put((Long) o[0], (String) o[1]));
        return targets;
    }

    @Override
    public Person add(Person person) {
        em.persist(person);
        return person;
    }

    @Override
    public Household add(Household household) {
        em.persist(household);
        return household;
    }

    @Override
    public Optional<Household> household(Jurisdiction jurisdiction, long id) {
        return Optional.ofNullable(em.find(Household.class, id)).filter(h -> jurisdiction.contains(h.township()));
    }

    @Override
    public List<Person> members(long householdId) {
        return em.createQuery("select p from Person p where p.householdId = :household order by p.id", Person.class)
                .setParameter("household", householdId)
                .getResultList();
    }

    @Override
    public List<Person> search(Jurisdiction jurisdiction, PersonSearch search, LocalDate asOf, int offset, int limit) {
        var query = new PersonSearchQuery(jurisdiction, search, asOf);
        TypedQuery<Person> typed = em.createQuery(
                "select p from Person p" + query.where() + " order by p.townshipCode, p.name, p.id", Person.class);
        query.parameters().forEach(typed::setParameter);
        return typed.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Jurisdiction jurisdiction, PersonSearch search, LocalDate asOf, int limit) {
        var query = new PersonSearchQuery(jurisdiction, search, asOf);
        // the ids, at most limit of them: the database stops there, where count(p) would visit every match
        TypedQuery<Long> typed = em.createQuery("select p.id from Person p" + query.where(), Long.class);
        query.parameters().forEach(typed::setParameter);
        return typed.setMaxResults(limit).getResultList().size();
    }

    @Override
    public Optional<SubsidyPolicy> policy(int year, DivisionCode poolingRegion) {
        return em.createQuery(
                        "select s from SubsidyPolicy s where s.year = :year and s.poolingRegion = :region",
                        SubsidyPolicy.class)
                .setParameter("year", year)
                .setParameter("region", poolingRegion.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> searchViews(
            String username, Long personId, String pattern, Instant from, Instant to, int limit) {
        var query = em.createQuery("select v.viewedAt, v.username, p.id, p.name, p.idNumber, v.page"
                        + " from PersonRecordView v, Person p where p.id = v.personId"
                        + " and p.townshipCode like :pattern and v.viewedAt >= :from and v.viewedAt < :to"
                        + (username == null ? "" : " and v.username = :username")
                        + (personId == null ? "" : " and v.personId = :personId")
                        + " order by v.viewedAt desc")
                .setParameter("pattern", pattern)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit);
        if (username != null) {
            query.setParameter("username", username);
        }
        if (personId != null) {
            query.setParameter("personId", personId);
        }
        return query.getResultList();
    }

    @Override
    public void recordView(PersonRecordView view) {
        em.persist(view);
    }

    @Override
    public List<HistoryEntry> history(long personId) {
        return new PersonHistory(em).of(personId);
    }
}
