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

    /**
     * Every record of the county's contracts that {@link Contracts#forRun} finds, dated up to {@code lastDay}, as
     * (contract, type, day), streamed: a million of them do not fit in a list of entities.
     */
    void forRun(String county, LocalDate since, LocalDate lastDay, Consumer<Dated> sink);

    record Dated(long contractId, ServiceType type, LocalDate day) {}

    void flush();
}
