package cn.ybfp.monitoring.infrastructure;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.monitoring.domain.MonitoredClaim;
import cn.ybfp.monitoring.domain.MonitoredClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaMonitoredClaims implements MonitoredClaims {

    /** Target people's standing inpatient claims of a year in an area: what the out-of-catalogue share counts. */
    private static final String TARGET_INPATIENT = "c.claimYear = :year and c.kind = :kind and c.target = true"
            + " and c.reversed = false and c.townshipCode like :pattern";

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(MonitoredClaim claim) {
        em.persist(claim);
    }

    @Override
    public Optional<MonitoredClaim> find(long claimId) {
        return Optional.ofNullable(em.find(MonitoredClaim.class, claimId));
    }

    @Override
    public List<MonitoredClaim> ofPersonYear(long personId, int year) {
        return em.createQuery(
                        "select c from MonitoredClaim c where c.personId = :person and c.claimYear = :year"
                                + " order by c.claimDate, c.claimId",
                        MonitoredClaim.class)
                .setParameter("person", personId)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public List<MonitoredClaim> ofPersonBetween(long personId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select c from MonitoredClaim c where c.personId = :person and c.reversed = false"
                                + " and c.claimDate between :from and :to order by c.claimDate, c.claimId",
                        MonitoredClaim.class)
                .setParameter("person", personId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<MonitoredClaim> nextPeople(int year, long afterPerson, int limit) {
        List<MonitoredClaim> rows = em.createQuery(
                        "select c from MonitoredClaim c where c.claimYear = :year and c.reversed = false"
                                + " and c.personId > :after order by c.personId, c.claimDate, c.claimId",
                        MonitoredClaim.class)
                .setParameter("year", year)
                .setParameter("after", afterPerson)
                .setMaxResults(limit)
                .getResultList();
        if (rows.size() < limit) {
            return rows;
        }
        long last = rows.get(rows.size() - 1).personId();
        if (rows.get(0).personId() == last) { // one person with more claims than the limit: all of them
            return ofPersonYear(last, year).stream().filter(c -> !c.reversed()).toList();
        }
        return rows.stream().filter(c -> c.personId() != last).toList();
    }

    @Override
    public List<InstitutionCost> inpatientCosts(String townshipPattern, int year) {
        return em.createQuery(
                        "select new cn.ybfp.monitoring.domain.MonitoredClaims$InstitutionCost(c.hospital,"
                                + " max(c.hospitalLevel), count(c), sum(c.totalCost), sum(c.outOfPolicyCost))"
                                + " from MonitoredClaim c where " + TARGET_INPATIENT + " group by c.hospital",
                        InstitutionCost.class)
                .setParameter("year", year)
                .setParameter("kind", ClaimKind.INPATIENT)
                .setParameter("pattern", townshipPattern)
                .getResultList();
    }

    @Override
    public List<MonthCost> inpatientCostsByMonth(String townshipPattern, int year, String hospital) {
        return em.createQuery(
                        "select new cn.ybfp.monitoring.domain.MonitoredClaims$MonthCost(month(c.claimDate), count(c),"
                                + " sum(c.totalCost), sum(c.outOfPolicyCost)) from MonitoredClaim c where "
                                + TARGET_INPATIENT + " and c.hospital = :hospital"
                                + " group by month(c.claimDate) order by month(c.claimDate)",
                        MonthCost.class)
                .setParameter("year", year)
                .setParameter("kind", ClaimKind.INPATIENT)
                .setParameter("pattern", townshipPattern)
                .setParameter("hospital", hospital)
                .getResultList();
    }

    @Override
    public List<MonitoredClaim> inpatientClaims(String townshipPattern, int year, String hospital, int limit) {
        return em.createQuery(
                        "select c from MonitoredClaim c where " + TARGET_INPATIENT + " and c.hospital = :hospital"
                                + " order by c.outOfPolicyCost desc, c.claimDate, c.claimId",
                        MonitoredClaim.class)
                .setParameter("year", year)
                .setParameter("kind", ClaimKind.INPATIENT)
                .setParameter("pattern", townshipPattern)
                .setParameter("hospital", hospital)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<CountyAdmissions> admissions(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select new cn.ybfp.monitoring.domain.MonitoredClaims$CountyAdmissions(c.countyCode,"
                                + " c.hospital, count(c)) from MonitoredClaim c where c.kind = :kind"
                                + " and c.target = true and c.reversed = false"
                                + " and c.admissionDate between :from and :to"
                                + " group by c.countyCode, c.hospital order by c.countyCode, c.hospital",
                        CountyAdmissions.class)
                .setParameter("kind", ClaimKind.INPATIENT)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
