package cn.ybfp.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The claims monitoring keeps (a port). A {@code townshipPattern} is a jurisdiction's LIKE pattern. */
public interface MonitoredClaims {

    void add(MonitoredClaim claim);

    Optional<MonitoredClaim> find(long claimId);

    /** The person's claims of the year, reversed ones included, in date order. */
    List<MonitoredClaim> ofPersonYear(long personId, int year);

    /** The person's standing claims dated from {@code from} to {@code to}, both included. */
    List<MonitoredClaim> ofPersonBetween(long personId, LocalDate from, LocalDate to);

    /**
     * The next standing claims of the year, person by person in date order, of the people after {@code afterPerson}:
     * at most {@code limit} rows, always whole people (the last person cut by the limit is left for the next call,
     * unless the rows are all one person's). A recomputation walks the year with it, a transaction per call.
     */
    List<MonitoredClaim> nextPeople(int year, long afterPerson, int limit);

    /** Target people's standing inpatient claims of the year, per institution. */
    List<InstitutionCost> inpatientCosts(String townshipPattern, int year);

    /** The same for one institution, per month. */
    List<MonthCost> inpatientCostsByMonth(String townshipPattern, int year, String hospital);

    /** Target people's standing inpatient claims of the year at one institution, the largest out-of-policy cost first. */
    List<MonitoredClaim> inpatientClaims(String townshipPattern, int year, String hospital, int limit);

    /** Target people's standing admissions from {@code from} to {@code to}, per county and institution. */
    List<CountyAdmissions> admissions(LocalDate from, LocalDate to);

    /** Total and out-of-policy cost of an institution's (level) target people's inpatient claims. */
    record InstitutionCost(String hospital, Integer level, long claims, BigDecimal total, BigDecimal outOfPolicy) {}

    record MonthCost(int month, long claims, BigDecimal total, BigDecimal outOfPolicy) {}

    record CountyAdmissions(String countyCode, String hospital, long admissions) {}
}
