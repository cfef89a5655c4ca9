package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.ServiceType;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** Where service records are kept (a port). */
public interface ServiceRecords {

    void add(ServiceRecord record);

    boolean exists(long personId, ServiceType type, LocalDate day);

    List<ServiceRecord> ofContract(long contractId);

    /** The (person, type, day) keys these people already have records for ({@link #key}), a chunk at a time. */
    java.util.Set<String> existing(java.util.Collection<Long> personIds);

    static String key(long personId, ServiceType type, LocalDate day) {
        return personId + "/" + type + "/" + day;
    }

    /** Writes this transaction's inserts in batches (an applied file of 500,000 records). */
    void writeInBatches();

    void flushAndClear();

    /**
     * Every record of the county's contracts that {@link Contracts#forRun} finds, dated up to {@code lastDay}, as
     * (contract, type, day), streamed: a million of them do not fit in a list of entities.
     */
    void forRun(String county, LocalDate since, LocalDate lastDay, Consumer<Dated> sink);

    record Dated(long contractId, ServiceType type, LocalDate day) {}

    void flush();
}
