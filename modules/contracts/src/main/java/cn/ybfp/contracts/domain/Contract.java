package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.ContractStatus;
import cn.ybfp.contracts.api.EndReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/**
 * A family-doctor contract (家庭医生签约服务) of a person with a team, for a package, for a year from the signing day.
 * One active contract per person: {@code active_holder} holds the person's id while active and is unique, so that
 * two signings at once cannot both succeed. Names and ID numbers are copied from the register on the day, for lists.
 */
@Entity
@Table(name = "family_doctor_contract")
@Audited
public class Contract {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_doctor_contract_seq")
    @SequenceGenerator(
            name = "family_doctor_contract_seq",
            sequenceName = "family_doctor_contract_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "active_holder")
    private Long activeHolder;

    @Column(name = "person_name", nullable = false, length = 50, updatable = false)
    private String personName;

    @Column(name = "id_number", nullable = false, length = 18, updatable = false)
    private String idNumber;

    @Column(name = "township", nullable = false, length = 9, updatable = false)
    private String township;

    @Column(name = "county", nullable = false, length = 6, updatable = false)
    private String county;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "package_id", nullable = false, updatable = false)
    private long packageId;

    @Column(name = "signed_on", nullable = false, updatable = false)
    private LocalDate signedOn;

    @Column(name = "valid_to", nullable = false, updatable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 8)
    private ContractStatus status;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 16)
    private EndReason endReason;

    @Column(name = "personal_share", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal personalShare;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected Contract() {}

    public Contract(
            Signatory person,
            FamilyDoctorTeam team,
            ServicePackage servicePackage,
            LocalDate signedOn,
            BigDecimal personalShare,
            String by,
            LocalDateTime at) {
        this.personId = person.personId();
        this.activeHolder = person.personId();
        this.personName = person.name();
        this.idNumber = person.idNumber();
        this.township = person.township();
        this.county = person.township().substring(0, 6);
        this.teamId = team.id();
        this.packageId = servicePackage.id();
        this.signedOn = signedOn;
        this.validTo = new ContractYear(signedOn, null).validTo();
        this.status = ContractStatus.ACTIVE;
        this.personalShare = personalShare;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The person as the register knows them on the signing day. */
    public record Signatory(long personId, String name, String idNumber, String township) {}

    /**
     * Ends the contract early: its last day is {@code lastDay} (the day before a new team's contract starts, the day of
     * death, the day of moving out). A day outside its year is refused.
     */
    public void end(LocalDate lastDay, EndReason reason, String by, LocalDateTime at) {
        if (status != ContractStatus.ACTIVE) {
            throw ContractsException.of(null, "contract.notActive");
        }
        if (lastDay.isBefore(signedOn.minusDays(1)) || lastDay.isAfter(validTo)) {
            throw ContractsException.of("endedOn", "contract.endOutsideYear");
        }
        this.status = ContractStatus.ENDED;
        this.activeHolder = null;
        this.endedOn = lastDay;
        this.endReason = reason;
        this.changedBy = by;
        this.changedAt = at;
    }

    /**
     * Gives up the person's place once its year is over before {@code day} (a new contract for the next year): the
     * contract did not end early, it expired.
     */
    public void expire(LocalDate day, String by, LocalDateTime at) {
        if (status != ContractStatus.ACTIVE || !validTo.isBefore(day)) {
            throw new IllegalStateException("only an active contract whose year is over expires");
        }
        this.status = ContractStatus.EXPIRED;
        this.activeHolder = null;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The status as of the day: an active contract whose year is over reads as expired. */
    public ContractStatus statusOn(LocalDate day) {
        return status == ContractStatus.ACTIVE && validTo.isBefore(day) ? ContractStatus.EXPIRED : status;
    }

    /** True while the contract has not ended early and its year runs on {@code day}. */
    public boolean runsOn(LocalDate day) {
        return year().contains(day);
    }

    public ContractYear year() {
        return new ContractYear(signedOn, endedOn);
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public String idNumber() {
        return idNumber;
    }

    public String township() {
        return township;
    }

    public String county() {
        return county;
    }

    public long teamId() {
        return teamId;
    }

    public long packageId() {
        return packageId;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public ContractStatus status() {
        return status;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public EndReason endReason() {
        return endReason;
    }

    public BigDecimal personalShare() {
        return personalShare;
    }

    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
