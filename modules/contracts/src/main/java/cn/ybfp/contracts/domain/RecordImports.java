package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.ImportOutcome;
import cn.ybfp.contracts.api.ServiceType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Where service-record files and their compared rows are kept (a port). */
public interface RecordImports {

    void add(RecordImport file);

    void add(RecordImportRow row);

    Optional<RecordImport> find(long id);

    /** Files of areas matching {@code areaPattern} (SQL LIKE), newest first. */
    List<RecordImport> list(String areaPattern, int limit);

    /** Up to {@code limit} rows after line {@code afterLine}, in the file's order; of one outcome, or all when null. */
    List<RecordImportRow> rows(long importId, ImportOutcome outcome, long afterLine, int limit);

    Map<ImportOutcome, Long> counts(long importId);

    /**
     * Every accepted row, in the file's order, streamed in one query: paging through a table just written, whose
     * statistics say it is empty, read the whole rest of it for each page (minutes for 500,000 rows).
     */
    void forEachAccepted(long importId, Consumer<Accepted> sink);

    /** Every rejected row, in the file's order, streamed in one query. */
    void forEachRejected(long importId, Consumer<Rejected> sink);

    record Accepted(long lineNumber, long contractId, ServiceType type, LocalDate day, long memberId, String note) {}

    record Rejected(
            long lineNumber, String name, String maskedIdNumber, ServiceType type, LocalDate day, String reason) {}

    /** Writes this transaction's inserts in batches (a file of 500,000 rows). */
    void writeInBatches();

    void flushAndClear();

    void flush();
}
