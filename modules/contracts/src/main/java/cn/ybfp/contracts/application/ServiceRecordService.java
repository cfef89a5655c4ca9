package cn.ybfp.contracts.application;

import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.domain.Contract;
import cn.ybfp.contracts.domain.ContractsException;
import cn.ybfp.contracts.domain.ServiceRecord;
import cn.ybfp.contracts.domain.ServiceRecordRule;
import cn.ybfp.contracts.domain.ServiceRecords;
import cn.ybfp.contracts.domain.TeamMember;
import cn.ybfp.contracts.domain.Teams;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.FormValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Service records (履约记录): what the contract's team did, which the quarterly runs pay by. */
@ApplicationScoped
@Transactional
public class ServiceRecordService {

    @Inject
    ContractService contracts;

    @Inject
    ServiceRecords records;

    @Inject
    Teams teams;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public record RecordForm(String type, String day, String memberId, String note) {}

    public long record(Caller caller, long contractId, RecordForm form) {
        Authority.toKeepContracts(caller);
        Contract contract = contracts.visible(caller, contractId);
        ServiceType type = FormValues.choice(ServiceType.class, form.type(), "type", ContractsException.label("type"));
        LocalDate day = FormValues.date(form.day(), "day", ContractsException.label("day"));
        long memberId = FormValues.id(form.memberId(), "memberId", ContractsException.label("member"));
        TeamMember member = teams.member(memberId)
                .filter(m -> m.teamId() == contract.teamId())
                .orElseThrow(() -> ContractsException.of("memberId", "record.notMember"));
        ServiceRecordRule.refusal(
                        contract.year(),
                        day,
                        LocalDate.now(clock),
                        member.memberOn(day)
                                && teams.find(contract.teamId()).orElseThrow().activeOn(day),
                        records.exists(contract.personId(), type, day))
                .ifPresent(key -> {
                    throw ContractsException.of(key.equals("record.notMember") ? "memberId" : "day", key);
                });
        var record = new ServiceRecord(
                contract,
                type,
                day,
                member.id(),
                FormValues.optional(form.note(), "note", ContractsException.label("note"), 200),
                caller.username(),
                LocalDateTime.now(clock));
        records.add(record);
        try {
            records.flush();
        } catch (PersistenceException e) { // recorded at the same moment by another clerk
            throw ContractsException.of("day", "record.repeated");
        }
        return record.id();
    }
}
