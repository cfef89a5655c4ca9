package cn.ybfp.register.infrastructure;

import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.PersonStatus;
import cn.ybfp.register.domain.Person;
import cn.ybfp.register.domain.WriteOffCase;
import cn.ybfp.register.domain.WriteOffs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class JpaWriteOffs implements WriteOffs {

    /** A category in force on the day: entered by hand, it counts only once a second clerk confirmed it. */
    private static final String HOLDS = "select m from CategoryMembership m where m.person = %s and m.category in"
            + " :covered and m.pendingBy is null and m.validFrom <= :heldOn"
            + " and (m.validTo is null or m.validTo >= :heldOn)";
    /** Who is a target, on Person p. */
    private static final String IS_TARGET = " p.townshipCode like :pattern and p.status = :normal"
            + " and (exists (" + HOLDS.formatted("p") + ") or (p.birthDate >= :newbornSince and exists (select q from"
            + " Person q where q.householdId = p.householdId and q.id <> p.id and exists (" + HOLDS.formatted("q")
            + "))))";

    private static final String TARGET = " from Person p where" + IS_TARGET;
    private static final String SUBSIDIES = "select p.townshipCode, e.subsidyType, count(p), sum(e.subsidyAmount),"
            + " sum(case when e.subsidyAmount >= e.contributionDue then 1 else 0 end),"
            + " sum(case when e.overSubsidised = true then 1 else 0 end)"
            + " from Enrolment e join e.person p where e.year = :year and e.status = :enrolled and"
            + IS_TARGET + " group by p.townshipCode, e.subsidyType";

    private static final String ENROLLED =
            "exists (select e from Enrolment e where e.person = p and e.year = :year" + " and e.status = :enrolled)";
    private static final String CLOSED =
            "exists (select w from WriteOffCase w where w.personId = p.id" + " and w.year = :year)";
    private static final String OPEN = " and not " + ENROLLED + " and not " + CLOSED;

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Person> open(Target target, int offset, int limit) {
        TypedQuery<Person> query = em.createQuery(
                "select p" + TARGET + OPEN + " order by p.townshipCode, p.name," + " p.id", Person.class);
        return bind(query, target, true)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOpen(Target target) {
        return bind(em.createQuery("select count(p)" + TARGET + OPEN, Long.class), target, true)
                .getSingleResult();
    }

    @Override
    public Map<String, long[]> coverageByTownship(Target target) {
        Map<String, long[]> rows = new HashMap<>();
        collect(rows, 0, grouped("", target, false));
        collect(rows, 1, grouped(" and " + ENROLLED, target, true));
        collect(rows, 2, grouped(" and not " + ENROLLED + " and " + CLOSED, target, true));
        return rows;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Object[]> subsidiesByTownship(WriteOffs.Target target) {
        return bind(em.createQuery(SUBSIDIES), target, true).getResultList();
    }

    @Override
    public boolean isOpen(Target target, long personId) {
        return bind(em.createQuery("select count(p)" + TARGET + OPEN + " and p.id = :id", Long.class), target, true)
                        .setParameter("id", personId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public WriteOffCase add(WriteOffCase closed) {
        em.persist(closed);
        return closed;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> grouped(String condition, Target target, boolean withYear) {
        Query query =
                em.createQuery("select p.townshipCode, count(p)" + TARGET + condition + " group by p.townshipCode");
        bind(query, target, withYear);
        return query.getResultList();
    }

    private static void collect(Map<String, long[]> rows, int column, List<Object[]> counts) {
        for (Object[] row : counts) {
            rows.computeIfAbsent((String) row[0], k -> new long[3])[column] = (Long) row[1];
        }
    }

    private static <Q extends Query> Q bind(Q query, Target target, boolean withYear) {
        query.setParameter("pattern", target.codePattern());
        query.setParameter("normal", PersonStatus.NORMAL);
        query.setParameter("covered", target.covered());
        query.setParameter("heldOn", target.heldOn());
        query.setParameter("newbornSince", target.newbornSince());
        if (withYear) {
            query.setParameter("year", target.year());
            query.setParameter("enrolled", EnrolmentStatus.ENROLLED);
        }
        return query;
    }
}
