package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.api.ClaimFilter;
import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.claims.domain.ClaimAccount;
import cn.ybfp.claims.domain.SettledClaim;
import cn.ybfp.claims.domain.SettledClaims;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.PersonYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSettledClaims implements SettledClaims {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SettledClaim> findByNumber(String hospital, String claimNumber) {
        return em.createQuery(
                        "select c from SettledClaim c where c.hospital = :hospital and c.claimNumber = :number",
                        SettledClaim.class)
                .setParameter("hospital", hospital)
                .setParameter("number", claimNumber)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<SettledClaim> find(Jurisdiction jurisdiction, long id) {
        return Optional.ofNullable(em.find(SettledClaim.class, id))
                .filter(c -> jurisdiction.contains(DivisionCode.of(c.townshipCode())));
    }

    @Override
    public List<SettledClaim> ofPersonYear(Jurisdiction jurisdiction, long personId, int year) {
        return em.createQuery(
                        "select c from SettledClaim c where c.personId = :person and c.claimYear = :year"
                                + " and c.townshipCode like :scope order by c.settledAt, c.id",
                        SettledClaim.class)
                .setParameter("person", personId)
                .setParameter("year", year)
                .setParameter("scope", jurisdiction.likePattern())
                .getResultList();
    }

    @Override
    public List<SettledClaim> onBooklet(Jurisdiction jurisdiction, String bookletNumber) {
        return em.createQuery(
                        "select c from SettledClaim c where c.bookletNumber = :booklet and c.reversedAt is null"
                                + " and c.townshipCode like :scope order by c.claimDate, c.id",
                        SettledClaim.class)
                .setParameter("booklet", bookletNumber)
                .setParameter("scope", jurisdiction.likePattern())
                .getResultList();
    }

    @Override
    public List<YearTotals> standingChanges(long personId, int year) {
        return em.createQuery(
                        "select c from SettledClaim c where c.personId = :person and c.claimYear = :year"
                                + " and c.reversedAt is null order by c.settledAt, c.id",
                        SettledClaim.class)
                .setParameter("person", personId)
                .setParameter("year", year)
                .getResultStream()
                .map(SettledClaim::change)
                .toList();
    }

    @Override
    public ClaimAccount account(long personId, int year) {
        ClaimAccount account = em.find(ClaimAccount.class, new PersonYear(personId, year));
        if (account == null) {
            account = new ClaimAccount(personId, year);
            em.persist(account);
        }
        return account;
    }

    @Override
    public void add(SettledClaim claim) {
        em.persist(claim);
        // now, not at commit: a clash (the person's year changed, the number was just taken) is reported here
        em.flush();
    }

    @Override
    public boolean anySettled(DivisionCode region, int year) {
        return !em.createQuery(
                        "select c.id from SettledClaim c where c.townshipCode like :scope" + " and c.claimYear = :year",
                        Long.class)
                .setParameter("scope", region.prefix() + "%")
                .setParameter("year", year)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<SettledClaim> search(Jurisdiction jurisdiction, ClaimFilter filter, int offset, int limit) {
        return query(SettledClaim.class, "select c", jurisdiction, filter, " order by c.claimDate desc, c.id desc")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(Jurisdiction jurisdiction, ClaimFilter filter) {
        return query(Long.class, "select count(c)", jurisdiction, filter, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(
            Class<T> type, String select, Jurisdiction jurisdiction, ClaimFilter filter, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" from SettledClaim c where c.townshipCode like :scope");
        boolean text = filter.text() != null && !filter.text().isBlank();
        if (text) {
            jpql.append(" and (c.claimNumber = :text or c.personName like :prefix)");
        }
        if (filter.from() != null) {
            jpql.append(" and c.claimDate >= :from");
        }
        if (filter.to() != null) {
            jpql.append(" and c.claimDate <= :to");
        }
        if (filter.kind() != null) {
            jpql.append(" and c.kind = :kind");
        }
        if (filter.township() != null) {
            jpql.append(" and c.townshipCode = :township");
        }
        if (filter.reversed() != null) {
            jpql.append(filter.reversed() ? " and c.reversedAt is not null" : " and c.reversedAt is null");
        }
        TypedQuery<T> query =
                em.createQuery(jpql.append(order).toString(), type).setParameter("scope", jurisdiction.likePattern());
        if (text) {
            query.setParameter("text", filter.text().strip())
                    .setParameter("prefix", filter.text().strip() + "%");
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.township() != null) {
            query.setParameter("township", filter.township());
        }
        return query;
    }

    @Override
    public List<Unmatched> unmatched(Jurisdiction jurisdiction) {
        return em.createQuery(
                        "select new cn.ybfp.claims.domain.SettledClaims$Unmatched(c.hospital, count(c))"
                                + " from SettledClaim c where c.institutionCode is null and c.townshipCode like :pattern"
                                + " group by c.hospital order by c.hospital",
                        Unmatched.class)
                .setParameter("pattern", jurisdiction.likePattern())
                .getResultList();
    }

    @Override
    public int matchInstitution(String hospital, String institutionCode) {
        return em.createQuery("update SettledClaim c set c.institutionCode = :code"
                        + " where c.hospital = :hospital and c.institutionCode is null")
                .setParameter("code", institutionCode)
                .setParameter("hospital", hospital)
                .executeUpdate();
    }
}
