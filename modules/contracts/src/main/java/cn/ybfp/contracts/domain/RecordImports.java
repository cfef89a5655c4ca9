package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.ImportOutcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Writes this transaction's inserts in batches (a file of 500,000 rows). */
    void writeInBatches();

    void flushAndClear();

    void flush();
}
