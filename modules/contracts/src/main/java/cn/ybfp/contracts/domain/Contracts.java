package cn.ybfp.contracts.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where contracts are kept (a port). */
public interface Contracts {

    void add(Contract contract);

    Optional<Contract> find(long id);

    /** These contracts, in one query. */
    List<Contract> findAll(java.util.Collection<Long> ids);

    /** The person's active contract, locked for the caller's transaction (two signings at once wait for each other). */
    Optional<Contract> activeOf(long personId);

    /** Contracts of townships matching {@code townshipPattern} (SQL LIKE), newest first. */
    List<Contract> list(String townshipPattern, int limit);

    List<Contract> ofPerson(long personId);

    /** The county's contracts signed by {@code lastDay} whose year ends on or after {@code since}: a run's work. */
    List<Contract> forRun(String county, LocalDate since, LocalDate lastDay);

    /** The contracts of people with these ID numbers in townships matching the pattern (a chunk of a service file). */
    List<Contract> withIdNumbers(java.util.Collection<String> idNumbers, String townshipPattern);

    /** The package of each person's contract running on the day, in townships matching the pattern (SQL LIKE). */
    Map<Long, Long> runningOn(String townshipPattern, LocalDate day);

    /** Whether any contract was signed for the package (its terms are then fixed: they decide what it is paid). */
    boolean usesPackage(long packageId);

    void flush();
}
