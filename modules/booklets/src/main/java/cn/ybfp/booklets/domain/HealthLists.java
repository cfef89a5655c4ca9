package cn.ybfp.booklets.domain;

import cn.ybfp.booklets.api.ListRowOutcome;
import cn.ybfp.booklets.api.RecognitionStatus;
import java.util.List;
import java.util.Optional;

/** Where health lists and their rows are kept (a port; the infrastructure implements it). */
public interface HealthLists {

    void add(HealthList list);

    void add(HealthListRow row);

    Optional<HealthList> find(long id);

    /** Lists of counties matching {@code countyPattern} (SQL LIKE), newest first. */
    List<HealthList> list(String countyPattern, int limit);

    /** Up to {@code limit} of the list's eligible rows after line {@code afterLine}, in the file's order. */
    List<HealthListRow> eligible(long listId, long afterLine, int limit);

    /** Rows of a list in the file's order, each with the outcome of its recognition where one was started. */
    List<Entry> rows(long listId, long afterLine, int limit);

    /** A row and its recognition's status and reason (null before the apply, and for rows that start none). */
    record Entry(HealthListRow row, RecognitionStatus status, String reason) {}

    /** How many rows of each disease, outcome and recognition status: the reconciliation's figures. */
    List<Tally> tally(long listId);

    record Tally(String disease, ListRowOutcome outcome, RecognitionStatus status, long rows) {}

    /** Writes what is pending and forgets it, so that a long list does not fill the memory. */
    /**
     * Sends this transaction's inserts and updates in batches of hundreds, not one round trip each: a list writes
     * 200,000 rows, and its apply as many recognitions as it has eligible rows.
     */
    void writeInBatches();

    void flushAndClear();

    void flush();
}
