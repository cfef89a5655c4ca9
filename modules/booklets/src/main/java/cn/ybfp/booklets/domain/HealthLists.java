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

    /**
     * The ids of the list's eligible rows, in the file's order, in one query: paging through rows just written, whose
     * table's statistics still say it is empty, would read the rest of the list for every page.
     */
    List<Long> eligibleIds(long listId);

    /** These rows, in one query. */
    List<HealthListRow> rows(java.util.Collection<Long> ids);

    /** The first {@code limit} rows of a list in the file's order, each with its recognition's outcome. */
    List<Line> lines(long listId, int limit);

    /** Every row of a list in the file's order, with its recognition's outcome, streamed in one query. */
    void forEachLine(long listId, java.util.function.Consumer<Line> sink);

    /** A row as the page and the feedback file show it; the recognition's status and reason are null until applied. */
    record Line(
            long lineNumber,
            String name,
            String idNumberMasked,
            String disease,
            String diseaseWritten,
            ListRowOutcome outcome,
            String reason,
            Long recognitionId,
            RecognitionStatus status,
            String recognitionReason) {}

    /** How many rows of each disease, outcome and recognition status: the reconciliation's figures. */
    List<Tally> tally(long listId);

    record Tally(String disease, ListRowOutcome outcome, RecognitionStatus status, long rows) {}

    /**
     * Sends this transaction's inserts and updates in batches of hundreds, not one round trip each: a list writes
     * 200,000 rows, and its apply as many recognitions as it has eligible rows.
     */
    void writeInBatches();

    /** Writes what is pending and forgets it, so that a long list does not fill the memory. */
    void flushAndClear();

    void flush();
}
