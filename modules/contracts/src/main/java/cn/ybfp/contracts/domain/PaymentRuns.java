package cn.ybfp.contracts.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where the quarterly payment runs and their lines are kept (a port). */
public interface PaymentRuns {

    void add(PaymentRun run);

    void add(RunLine line);

    Optional<PaymentRun> find(long id);

    /** The county's run of the quarter, locked for the caller's transaction. */
    Optional<PaymentRun> lock(String county, Quarter quarter);

    /** Runs of counties matching {@code countyPattern} (SQL LIKE), newest quarter first. */
    List<PaymentRun> list(String countyPattern);

    /** The run's lines, each with its contract, in one query (a run of 100,000 contracts). */
    List<Lined> linesWithContracts(long runId);

    record Lined(RunLine line, Contract contract) {}

    void deleteLines(long runId);

    /** The payment keys (contract/obligation) that the county's other runs pay. */
    Set<String> paidElsewhere(String county, long runId);

    /** Writes this transaction's inserts in batches (a run of 100,000 contracts writes as many lines). */
    void writeInBatches();

    void flushAndClear();

    void flush();
}
