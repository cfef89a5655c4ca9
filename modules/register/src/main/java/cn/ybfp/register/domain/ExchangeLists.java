package cn.ybfp.register.domain;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.register.api.ExchangeListRow;
import cn.ybfp.register.api.ExchangeOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The rows of uploaded lists (数据交换比对): read from the file, checked, staged beside the batch and compared with the
 * register, then applied to it in one statement per outcome. The port the streaming reader and the SQL store
 * implement; every method runs in the caller's transaction.
 */
public interface ExchangeLists {

    /** @throws ExchangeFileException for a file that is neither CSV nor .xlsx */
    void checkFormat(String fileName);

    /**
     * Reads, checks and stages every row of the file, then compares the rows with the register as it is now.
     *
     * @param townships   the province's township codes, which a row's division must be one of
     * @param scope       the uploader's jurisdiction: a row of a division outside it is rejected
     * @param progress    told the rows read so far, now and then
     * @return the rows read
     * @throws ExchangeFileException for a file that is not a readable list at all
     */
    long stageAndCompare(
            long batchId,
            String fileName,
            InputStream content,
            Set<String> townships,
            Jurisdiction scope,
            LongConsumer progress)
            throws IOException;

    /** Compares again and writes every accepted row into the register, under a new history revision. */
    void apply(long batchId, Jurisdiction scope, String department, String appliedBy, long atEpochMillis);

    Map<ExchangeOutcome, Long> counts(long batchId);

    /** One page of the staged rows, of one outcome or (null) all; ID numbers masked. */
    List<ExchangeListRow> page(long batchId, String outcome, int offset, int limit);

    /** Every rejected row, with the ID number as the department sent it. */
    void rejected(long batchId, Consumer<ExchangeListRow> row);

    /**
     * Deletes the staged rows of a batch that is done with: all of them, or all but the rejected ones (which the
     * department's error file still needs). The batch keeps its counts.
     */
    void purge(long batchId, boolean keepRejected);
}
