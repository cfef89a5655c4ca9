package cn.ybfp.register.domain;

import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.ExchangeOutcome;
import cn.ybfp.register.api.ExchangeStatus;
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
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One uploaded department list (交换批次): who, when, which file, for which jurisdiction, and where it stands.
 * Its version makes "apply" happen once even when two clerks click at the same moment.
 */
@Entity
@Table(name = "exchange_batch")
public class ExchangeBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_batch_seq")
    @SequenceGenerator(name = "exchange_batch_seq", sequenceName = "exchange_batch_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "department", nullable = false, length = 30)
    private Department department;

    @Column(name = "scope_code", nullable = false, length = 9)
    private String scopeCode;

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private ExchangeStatus status = ExchangeStatus.READING;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "message", length = 500)
    private String message;

    @Column(name = "applied_by", length = 64)
    private String appliedBy;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "outcome_counts", length = 400)
    private String outcomeCounts;

    protected ExchangeBatch() {}

    public ExchangeBatch(
            String fileName, Department department, DivisionCode scope, String uploadedBy, Instant uploadedAt) {
        this.fileName = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
        this.department = department;
        this.scopeCode = scope.value();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void compared(long rows) {
        this.rowsRead = rows;
        this.status = ExchangeStatus.PREVIEWED;
    }

    public void failed(String reason) {
        this.status = ExchangeStatus.FAILED;
        this.message = reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    /** A clerk has decided to apply it; the background job does it. */
    public void applying(String username) {
        this.status = ExchangeStatus.APPLYING;
        this.appliedBy = username;
        this.message = null;
    }

    /** Applied: the counts are kept here, since the accepted rows are then deleted (they are in the register). */
    public void applied(Instant at, Map<ExchangeOutcome, Long> counts) {
        this.status = ExchangeStatus.APPLIED;
        this.appliedAt = at;
        keep(counts);
    }

    /** The apply was rolled back: the list waits for a decision again, with the reason. */
    public void applyFailed(String reason) {
        if (status != ExchangeStatus.APPLYING) {
            return; // applied by another run after all, or never decided: nothing to undo
        }
        this.status = ExchangeStatus.PREVIEWED;
        this.appliedBy = null;
        this.message = reason;
    }

    /** Thrown away: the counts are kept here, since every staged row is then deleted. */
    public void discarded(Map<ExchangeOutcome, Long> counts) {
        this.status = ExchangeStatus.DISCARDED;
        keep(counts);
    }

    private void keep(Map<ExchangeOutcome, Long> counts) {
        this.outcomeCounts = counts.entrySet().stream()
                .map(e -> e.getKey().name() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** The counts kept when the batch was applied or thrown away; empty before. */
    public Optional<Map<ExchangeOutcome, Long>> keptCounts() {
        if (outcomeCounts == null) {
            return Optional.empty();
        }
        Map<ExchangeOutcome, Long> counts = new EnumMap<>(ExchangeOutcome.class);
        for (String pair : outcomeCounts.split(",")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=");
                counts.put(ExchangeOutcome.valueOf(parts[0]), Long.parseLong(parts[1]));
            }
        }
        return Optional.of(counts);
    }

    public Long id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public Department department() {
        return department;
    }

    public DivisionCode scope() {
        return DivisionCode.of(scopeCode);
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public ExchangeStatus status() {
        return status;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public String message() {
        return message;
    }

    public String appliedBy() {
        return appliedBy;
    }

    public Instant appliedAt() {
        return appliedAt;
    }

    public long version() {
        return version;
    }
}
