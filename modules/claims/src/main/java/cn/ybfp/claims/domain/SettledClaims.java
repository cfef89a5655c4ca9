package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.ClaimFilter;
import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.DivisionCode;
import java.util.List;
import java.util.Optional;

/** The confirmed claims. Every lookup that serves a user takes the user's jurisdiction. */
public interface SettledClaims {

    /** Across the province: a claim number is settled once, wherever. */
    /** The hospital's claim of that number: numbers are unique per hospital (医疗机构). */
    Optional<SettledClaim> findByNumber(String hospital, String claimNumber);

    Optional<SettledClaim> find(Jurisdiction jurisdiction, long id);

    /** The person's claims of the year, reversed ones included, in the order they were settled. */
    List<SettledClaim> ofPersonYear(Jurisdiction jurisdiction, long personId, int year);

    /** The standing claims a booklet covered, oldest first. */
    List<SettledClaim> onBooklet(Jurisdiction jurisdiction, String bookletNumber);

    /** The accumulators' changes of the claims that stand (not reversed), in the order settled. */
    List<YearTotals> standingChanges(long personId, int year);

    /** The person's year, created on the first claim, for optimistic locking. */
    ClaimAccount account(long personId, int year);

    void add(SettledClaim claim);

    /** Whether any claim of the year was settled for people of the region (a province or a city). */
    boolean anySettled(DivisionCode region, int year);

    List<SettledClaim> search(Jurisdiction jurisdiction, ClaimFilter filter, int offset, int limit);

    long count(Jurisdiction jurisdiction, ClaimFilter filter);

    /** The hospitals' names of the claims in the jurisdiction that name no registered institution, with how many. */
    List<Unmatched> unmatched(Jurisdiction jurisdiction);

    /** Names the institution of every claim of that hospital that names none yet. Answers how many. */
    int matchInstitution(String hospital, String institutionCode);

    /** A hospital name no registered institution has (yet), and its claims. */
    record Unmatched(String hospital, long claims) {}
}
