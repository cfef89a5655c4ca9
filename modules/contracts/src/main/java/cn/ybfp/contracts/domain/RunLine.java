package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.LineKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A line of a payment run: a contract's payment or adjustment, or why it brings nothing this quarter. A paying line
 * carries {@code payment_key} (contract and obligation), unique in the database: an obligation is paid once, by
 * whichever run finds it first.
 */
@Entity
@Table(name = "contract_payment_line")
public class RunLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_payment_line_seq")
    @SequenceGenerator(
            name = "contract_payment_line_seq",
            sequenceName = "contract_payment_line_seq",
            allocationSize = 500)
    private Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    private long runId;

    @Column(name = "contract_id", nullable = false, updatable = false)
    private long contractId;

    @Column(name = "team_id", nullable = false, updatable = false)
    private long teamId;

    @Column(name = "package_id", nullable = false, updatable = false)
    private long packageId;

    @Column(name = "obligation", length = 4, updatable = false)
    private String obligation;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12, updatable = false)
    private LineKind kind;

    @Column(name = "period_from", updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", updatable = false)
    private LocalDate periodTo;

    @Column(name = "met_on", updatable = false)
    private LocalDate metOn;

    @Column(name = "amount", nullable = false, precision = 10, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "payment_key", length = 40, updatable = false)
    private String paymentKey;

    protected RunLine() {}

    public RunLine(PaymentRun run, Contract contract, QuarterlyPayment.Line line) {
        this.runId = run.id();
        this.contractId = contract.id();
        this.teamId = contract.teamId();
        this.packageId = contract.packageId();
        this.kind = line.kind();
        var o = line.obligation();
        if (o != null) {
            this.obligation = o.key();
            this.periodFrom = o.period().from();
            this.periodTo = o.period().to();
            this.metOn = o.metOn();
        }
        this.amount = line.pays() ? o.amount() : BigDecimal.ZERO.setScale(2);
        this.paymentKey = line.pays() ? contract.id() + "/" + o.key() : null;
    }

    public long runId() {
        return runId;
    }

    public long contractId() {
        return contractId;
    }

    public long teamId() {
        return teamId;
    }

    public long packageId() {
        return packageId;
    }

    public String obligation() {
        return obligation;
    }

    public LineKind kind() {
        return kind;
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public LocalDate metOn() {
        return metOn;
    }

    public BigDecimal amount() {
        return amount;
    }
}
