package cn.ybfp.register.domain;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.register.api.HistoryEntry;
import cn.ybfp.register.api.PersonSearch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The register's people and households. Every lookup that serves a user takes the user's jurisdiction. */
public interface People {

    Optional<Person> find(Jurisdiction jurisdiction, long id);

    /** Across the whole province: one person per ID number, wherever registered. */
    Optional<Person> findByIdNumber(String idNumber);

    /** Across the whole province, with their categories read in the same query. */
    List<Person> findByIdNumbers(Collection<String> idNumbers);

    /** Across the whole province, with their categories read in the same query. */
    List<Person> findAll(Collection<Long> ids);

    /** The ids and townships of the people of townships matching the pattern holding a category in force on the day. */
    Map<Long, String> targets(String townshipPattern, LocalDate asOf);

    Person add(Person person);

    Household add(Household household);

    Optional<Household> household(Jurisdiction jurisdiction, long id);

    List<Person> members(long householdId);

    List<Person> search(Jurisdiction jurisdiction, PersonSearch search, LocalDate asOf, int offset, int limit);

    /** How many people the search finds, counted up to {@code limit} at most. */
    long count(Jurisdiction jurisdiction, PersonSearch search, LocalDate asOf, int limit);

    Optional<SubsidyPolicy> policy(int year, DivisionCode poolingRegion);

    void recordView(PersonRecordView view);

    /**
     * Recorded views of people whose township is under the pattern, newest first: viewed at, username, person id,
     * name, full ID number, page.
     */
    List<Object[]> searchViews(String username, Long personId, String pattern, Instant from, Instant to, int limit);

    /** Every recorded change of the person, its categories and enrolments, newest first. */
    List<HistoryEntry> history(long personId);
}
