package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.RunStatus;
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
 * A county's quarterly payment run of contract fees (吉医保发〔2019〕52号 三（二）: 严格履行拨付程序): computed by a
 * county clerk (and computed again while nobody approved it), approved by a second clerk, which freezes it, then
 * marked paid with the day and the payment's reference. One per county and quarter (a unique key).
 */
@Entity
@Table(name = "contract_payment_run")
@Audited
public class PaymentRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_payment_run_seq")
    @SequenceGenerator(
            name = "contract_payment_run_seq",
            sequenceName = "contract_payment_run_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "county", nullable = false, length = 6, updatable = false)
    private String county;

    @Column(name = "quarter", nullable = false, length = 6, updatable = false)
    private String quarter;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private RunStatus status;

    @Column(name = "total", nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "computed_by", nullable = false, length = 64)
    private String computedBy;

    @Column(name = "computed_at", nullable = false)
    private LocalDateTime computedAt;

    @Column(name = "approved_by", length = 64)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "payment_reference", length = 60)
    private String paymentReference;

    @Column(name = "paid_by", length = 64)
    private String paidBy;

    @Version
    private long version;

    protected PaymentRun() {}

    public PaymentRun(String county, Quarter quarter, String by, LocalDateTime at) {
        this.county = county;
        this.quarter = quarter.toString();
        this.status = RunStatus.COMPUTED;
        this.total = BigDecimal.ZERO.setScale(2);
        this.computedBy = by;
        this.computedAt = at;
    }

    /** Computed again (its lines replaced): only while nobody approved it. */
    public void recomputed(BigDecimal total, String by, LocalDateTime at) {
        if (status != RunStatus.COMPUTED) {
            throw ContractsException.of(null, "run.frozen");
        }
        this.total = total;
        this.computedBy = by;
        this.computedAt = at;
    }

    /** Approved by a clerk other than the one who computed it (four eyes); the run is frozen from now on. */
    public void approve(String by, LocalDateTime at) {
        if (status != RunStatus.COMPUTED) {
            throw ContractsException.of(null, "run.notComputed");
        }
        if (by.equals(computedBy)) {
            throw ContractsException.of(null, "run.fourEyes", computedBy);
        }
        this.status = RunStatus.APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    public void paid(LocalDate on, String reference, String by) {
        if (status != RunStatus.APPROVED) {
            throw ContractsException.of(null, "run.notApproved");
        }
        if (on.isBefore(approvedAt.toLocalDate())) {
            throw ContractsException.of("paidOn", "run.paidBeforeApproval");
        }
        this.status = RunStatus.PAID;
        this.paidOn = on;
        this.paymentReference = reference;
        this.paidBy = by;
    }

    public Quarter quarter() {
        return Quarter.parse(quarter);
    }

    public Long id() {
        return id;
    }

    public String county() {
        return county;
    }

    public RunStatus status() {
        return status;
    }

    public BigDecimal total() {
        return total;
    }

    public String computedBy() {
        return computedBy;
    }

    public LocalDateTime computedAt() {
        return computedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDateTime approvedAt() {
        return approvedAt;
    }

    public LocalDate paidOn() {
        return paidOn;
    }

    public String paymentReference() {
        return paymentReference;
    }

    public String paidBy() {
        return paidBy;
    }

    public long version() {
        return version;
    }
}
