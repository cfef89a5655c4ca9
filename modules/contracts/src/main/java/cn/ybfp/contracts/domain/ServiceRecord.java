package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.ServiceType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A service record (履约记录): what a team member did for a contract's person on a day. Kept as recorded, never
 * changed (the payment runs read them); unique per person, type and day ({@link ServiceRecordRule}).
 */
@Entity
@Table(name = "service_record")
public class ServiceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_record_seq")
    @SequenceGenerator(name = "service_record_seq", sequenceName = "service_record_seq", allocationSize = 500)
    private Long id;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "county", nullable = false, length = 6, updatable = false)
    private String county;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", nullable = false, length = 20, updatable = false)
    private ServiceType type;

    @Column(name = "service_date", nullable = false, updatable = false)
    private LocalDate day;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "note", length = 200, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected ServiceRecord() {}

    public ServiceRecord(
            Contract contract,
            ServiceType type,
            LocalDate day,
            long memberId,
            String note,
            String by,
            LocalDateTime at) {
        this.contractId = contract.id();
        this.personId = contract.personId();
        this.county = contract.county();
        this.type = type;
        this.day = day;
        this.memberId = memberId;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public ServiceType type() {
        return type;
    }

    public LocalDate day() {
        return day;
    }

    public long memberId() {
        return memberId;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }
}
