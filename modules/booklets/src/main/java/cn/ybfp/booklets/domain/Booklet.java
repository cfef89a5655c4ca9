package cn.ybfp.booklets.domain;

import cn.ybfp.booklets.api.BookletStatus;
import cn.ybfp.booklets.api.WithdrawalReason;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/**
 * A patient's booklet (门诊慢特病手册, 吉医保发〔2019〕52号 一（二）): its number, valid from / to, the clerk who issued
 * it, and, once withdrawn, from which day and why. The diseases it lists are {@link BookletDisease}s. A person holds
 * at most one valid booklet ({@code holder} is the person's id while valid, a unique column). Every change is kept
 * (Envers).
 */
@Entity
@Table(name = "booklet")
@Audited
public class Booklet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booklet_seq")
    @SequenceGenerator(name = "booklet_seq", sequenceName = "booklet_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, length = 16, updatable = false)
    private String number;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "holder")
    private Long holder;

    @Column(name = "person_name", nullable = false, length = 50, updatable = false)
    private String personName;

    @Column(name = "id_number", nullable = false, length = 18, updatable = false)
    private String idNumber;

    @Column(name = "township", nullable = false, length = 9, updatable = false)
    private String township;

    @Column(name = "county", nullable = false, length = 6, updatable = false)
    private String county;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "issued_by", nullable = false, length = 64, updatable = false)
    private String issuedBy;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private BookletStatus status;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_reason", length = 16)
    private WithdrawalReason withdrawalReason;

    @Column(name = "withdrawal_note", length = 200)
    private String withdrawalNote;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected Booklet() {}

    /** Issued today by a county clerk to the patient of a recognition. */
    public Booklet(String number, Patient patient, LocalDate issuedOn, String by, LocalDateTime at) {
        this.number = number;
        this.personId = patient.personId();
        this.holder = patient.personId();
        this.personName = patient.name();
        this.idNumber = patient.residentId().value();
        this.township = patient.township().value();
        this.county = township.substring(0, 6);
        this.validFrom = issuedOn;
        this.validTo = BookletValidity.validTo(issuedOn);
        this.issuedBy = by;
        this.issuedOn = issuedOn;
        this.status = BookletStatus.VALID;
        stamp(by, at);
    }

    /**
     * True when the booklet covers {@code day}: inside its dates and not withdrawn by then (a withdrawal counts from
     * its day, so what was settled before stays valid).
     */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom)
                && !day.isAfter(validTo)
                && (status == BookletStatus.VALID || day.isBefore(withdrawnOn));
    }

    /**
     * A booklet past its end no longer holds the person's place: true, and the place is given up, when {@code today}
     * lies after the end (a new recognition then issues a new booklet).
     */
    public boolean lapse(LocalDate today) {
        if (!today.isAfter(validTo)) {
            return false;
        }
        this.holder = null;
        return true;
    }

    /** Renewed in the last days before its end ({@link BookletValidity}). */
    public void renew(LocalDate today, String by, LocalDateTime at) {
        requireValid();
        if (!BookletValidity.renewable(validTo, today)) {
            throw BookletsException.of(
                    null, "booklet.notRenewable", validTo.toString(), String.valueOf(BookletValidity.RENEWAL_DAYS));
        }
        this.validTo = BookletValidity.renewedTo(validTo);
        stamp(by, at);
    }

    /** Withdrawn from {@code from} (not before the booklet began), for a reason; the person may hold a new one. */
    public void withdraw(WithdrawalReason reason, LocalDate from, String note, String by, LocalDateTime at) {
        requireValid();
        if (from.isBefore(validFrom)) {
            throw BookletsException.of("withdrawnOn", "booklet.withdrawnBeforeIssue", validFrom.toString());
        }
        this.status = BookletStatus.WITHDRAWN;
        this.holder = null;
        this.withdrawnOn = from;
        this.withdrawalReason = reason;
        this.withdrawalNote = note;
        stamp(by, at);
    }

    private void requireValid() {
        if (status != BookletStatus.VALID) {
            throw BookletsException.of(null, "booklet.withdrawn", number);
        }
    }

    private void stamp(String by, LocalDateTime at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
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

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public BookletStatus status() {
        return status;
    }

    public LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    public WithdrawalReason withdrawalReason() {
        return withdrawalReason;
    }

    public String withdrawalNote() {
        return withdrawalNote;
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
