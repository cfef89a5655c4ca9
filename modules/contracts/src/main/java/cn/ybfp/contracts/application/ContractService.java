package cn.ybfp.contracts.application;

import cn.ybfp.booklets.api.BookletCheck;
import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.contracts.api.ContractStatus;
import cn.ybfp.contracts.api.EndReason;
import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.domain.Contract;
import cn.ybfp.contracts.domain.Contracts;
import cn.ybfp.contracts.domain.ContractsException;
import cn.ybfp.contracts.domain.FamilyDoctorTeam;
import cn.ybfp.contracts.domain.FeePolicies;
import cn.ybfp.contracts.domain.FeePolicy;
import cn.ybfp.contracts.domain.PersonalShare;
import cn.ybfp.contracts.domain.ServicePackage;
import cn.ybfp.contracts.domain.ServiceRecords;
import cn.ybfp.contracts.domain.Teams;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Family-doctor contracts (家庭医生签约服务): a clerk signs one for a person of the area with a team of the person's
 * township, for a package of the policy in force; a contract with another team ends the old one the day before. The
 * 慢病管理包 needs a valid chronic booklet for one of its diseases (asked of the booklets module's api).
 */
@ApplicationScoped
@Transactional
public class ContractService {

    private static final int LISTED = 200;

    @Inject
    Contracts contracts;

    @Inject
    Teams teams;

    @Inject
    FeePolicies policies;

    @Inject
    FeePolicyService policyInForce;

    @Inject
    ServiceRecords records;

    @Inject
    InsuredPersons register;

    @Inject
    BookletCheck booklets;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public record SignForm(String personId, String teamId, String packageCode, String signedOn) {}

    public record EndForm(String endedOn, String reason) {}

    public record Row(
            long id,
            String personName,
            String maskedIdNumber,
            String township,
            long teamId,
            String teamName,
            String packageName,
            LocalDate signedOn,
            LocalDate lastDay,
            ContractStatus status,
            EndReason endReason,
            BigDecimal personalShare,
            long version) {}

    public record Service(long id, ServiceType type, LocalDate day, String member, String note, String recordedBy) {}

    public record Detail(Row contract, List<Service> services) {}

    public long sign(Caller caller, SignForm form) {
        Authority.toKeepContracts(caller);
        LocalDate signedOn = FormValues.date(form.signedOn(), "signedOn", ContractsException.label("signedOn"));
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw ContractsException.of("signedOn", "contract.future");
        }
        long personId = FormValues.id(form.personId(), "personId", ContractsException.label("person"));
        InsuredPerson person = register.find(Jurisdiction.of(caller), personId, signedOn)
                .orElseThrow(() -> ContractsException.of("personId", "contract.noPerson"));
        FamilyDoctorTeam team = team(caller, form.teamId(), person, signedOn);
        FeePolicy policy = policyInForce
                .inForce(person.poolingRegion(), signedOn.getYear())
                .orElseThrow(() -> ContractsException.of("signedOn", "contract.noPolicy", signedOn.getYear()));
        ServicePackage chosen = policies.packages(policy.id()).stream()
                .filter(p -> p.code().equals(form.packageCode()))
                .findFirst()
                .orElseThrow(() -> ContractsException.of("packageCode", "contract.noPackage"));
        requireBooklet(person, chosen, signedOn);
        endFormer(caller, person.id(), team, signedOn);
        var contract = new Contract(
                new Contract.Signatory(
                        person.id(),
                        person.name(),
                        person.residentId().value(),
                        person.township().value()),
                team,
                chosen,
                signedOn,
                PersonalShare.of(chosen.terms(), person.categories(), policy.exemptCategories()),
                caller.username(),
                LocalDateTime.now(clock));
        contracts.add(contract);
        flush("personId", "contract.concurrent");
        return contract.id();
    }

    private FamilyDoctorTeam team(Caller caller, String teamId, InsuredPerson person, LocalDate signedOn) {
        long id = FormValues.id(teamId, "teamId", ContractsException.label("team"));
        FamilyDoctorTeam team = teams.find(id)
                .filter(t -> Jurisdiction.of(caller).contains(DivisionCode.of(t.township())))
                .orElseThrow(() -> ContractsException.of("teamId", "contract.noTeam"));
        if (!team.township().equals(person.township().value())) {
            throw ContractsException.of("teamId", "contract.otherTownship");
        }
        if (!team.activeOn(signedOn)) {
            throw ContractsException.of("teamId", "contract.teamInactive");
        }
        return team;
    }

    /** 慢病管理包: only for a holder of a booklet valid on the day for one of the package's chronic diseases. */
    private void requireBooklet(InsuredPerson person, ServicePackage chosen, LocalDate day) {
        if (chosen.bookletDiseases().isEmpty()) {
            return;
        }
        for (String disease : chosen.bookletDiseases()) {
            try {
                booklets.check(person.id(), person.poolingRegion(), disease, DiseaseKind.CHRONIC, day);
                return;
            } catch (InvalidInputException notThisOne) {
                // the next disease of the package may be the one
            }
        }
        throw ContractsException.of("packageCode", "contract.needsBooklet", String.join("、", chosen.bookletDiseases()));
    }

    /**
     * Makes room for the new contract: the person's running one expires when its year is over, or ends the day before
     * with another team (the same team again is refused). A contract never starts within another one's days, so that
     * no day is paid twice: a signing day on or before the last day of an ended one, or before the running one's
     * start, is refused.
     */
    private void endFormer(Caller caller, long personId, FamilyDoctorTeam team, LocalDate signedOn) {
        var active = contracts.activeOf(personId);
        boolean overlaps = contracts.ofPerson(personId).stream()
                .filter(c -> active.map(a -> !a.id().equals(c.id())).orElse(true))
                .anyMatch(c -> !c.year().lastDay().isBefore(signedOn));
        if (overlaps) {
            throw ContractsException.of("signedOn", "contract.overlaps");
        }
        active.ifPresent(former -> {
            if (former.validTo().isBefore(signedOn)) { // a new year: the old contract expired
                former.expire(signedOn, caller.username(), LocalDateTime.now(clock));
            } else if (former.teamId() == team.id()) {
                throw ContractsException.of("personId", "contract.alreadyActive");
            } else if (!former.signedOn().isBefore(signedOn)) {
                throw ContractsException.of(
                        "signedOn", "contract.beforeFormer", former.signedOn().toString());
            } else {
                former.end(signedOn.minusDays(1), EndReason.CHANGED_TEAM, caller.username(), LocalDateTime.now(clock));
            }
            contracts.flush();
        });
    }

    public void end(Caller caller, long id, EndForm form, long version) {
        Authority.toKeepContracts(caller);
        Contract contract = visible(caller, id);
        if (contract.version() != version) {
            throw ContractsException.of(null, "stale");
        }
        EndReason reason =
                FormValues.choice(EndReason.class, form.reason(), "reason", ContractsException.label("reason"));
        if (reason == EndReason.CHANGED_TEAM) {
            throw ContractsException.of("reason", "contract.changeBySigning");
        }
        LocalDate lastDay = FormValues.date(form.endedOn(), "endedOn", ContractsException.label("endedOn"));
        if (lastDay.isAfter(LocalDate.now(clock))) { // ended only once it happened: the place stays taken till then
            throw ContractsException.of("endedOn", "contract.endInFuture");
        }
        contract.end(lastDay, reason, caller.username(), LocalDateTime.now(clock));
        flush(null, "stale");
    }

    public List<Row> list(Caller caller) {
        return contracts.list(Jurisdiction.of(caller).likePattern(), LISTED).stream()
                .map(this::row)
                .toList();
    }

    public List<Row> ofPerson(Caller caller, long personId) {
        return contracts.ofPerson(personId).stream()
                .filter(c -> Jurisdiction.of(caller).contains(DivisionCode.of(c.township())))
                .map(this::row)
                .toList();
    }

    public Detail detail(Caller caller, long id) {
        Contract contract = visible(caller, id);
        return new Detail(
                row(contract),
                records.ofContract(id).stream()
                        .map(r -> new Service(
                                r.id(),
                                r.type(),
                                r.day(),
                                teams.member(r.memberId()).map(m -> m.name()).orElse("—"),
                                r.note(),
                                r.recordedBy()))
                        .toList());
    }

    Contract visible(Caller caller, long id) {
        return contracts
                .find(id)
                .filter(c -> Jurisdiction.of(caller).contains(DivisionCode.of(c.township())))
                .orElseThrow(() -> new RecordNotFoundException("contract " + id));
    }

    private Row row(Contract c) {
        return new Row(
                c.id(),
                c.personName(),
                ResidentId.mask(c.idNumber()),
                c.township(),
                c.teamId(),
                teams.find(c.teamId()).map(FamilyDoctorTeam::name).orElse("—"),
                policies.servicePackage(c.packageId()).map(ServicePackage::name).orElse("—"),
                c.signedOn(),
                c.year().lastDay(),
                c.statusOn(LocalDate.now(clock)),
                c.endReason(),
                c.personalShare(),
                c.version());
    }

    private void flush(String field, String key) {
        try {
            contracts.flush();
        } catch (PersistenceException e) {
            throw ContractsException.of(field, key);
        }
    }
}
