package cn.ybfp.booklets.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where booklets and the diseases they list are kept (a port; the infrastructure implements it). */
public interface Booklets {

    /** A new serial from the province-wide sequence, for {@link BookletNumber}. */
    long nextSerial();

    void add(Booklet booklet);

    void add(BookletDisease disease);

    Optional<Booklet> find(long id);

    /** The person's valid booklet, locked for the caller's transaction (so two recognitions cannot both issue one). */
    Optional<Booklet> validOf(long personId);

    List<Booklet> ofPerson(long personId);

    /** Booklets of townships matching {@code townshipPattern} (SQL LIKE), newest first. */
    List<Booklet> list(String townshipPattern, int limit);

    List<BookletDisease> diseasesOf(long bookletId);

    /** The diseases of every booklet of the person (for the claim check: one query). */
    List<BookletDisease> diseasesOfPerson(long personId);

    /** Every booklet of these people (for a chunk of a health list: one query, not one per row). */
    List<Booklet> ofPersons(Collection<Long> personIds);

    /** The diseases of every booklet of these people. */
    List<BookletDisease> diseasesOfPersons(Collection<Long> personIds);

    /** Booklets the county issued between the two days (inclusive): a month's audit population. */
    List<Booklet> issuedIn(String county, LocalDate from, LocalDate to);

    /** The counties that issued a booklet between the two days. */
    List<String> countiesIssuing(LocalDate from, LocalDate to);

    /** The changes of a booklet, oldest first: the booklet as it was after each, who, when and what kind of change. */
    List<Revision<Booklet>> history(long bookletId);

    void flush();

    /** One revision of an audited record. */
    record Revision<T>(T state, java.time.Instant at, String username, String change) {}
}
