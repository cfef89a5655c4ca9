package cn.ybfp.supervision.domain;

import cn.ybfp.kernel.sampling.Decision;
import cn.ybfp.supervision.api.DecisionKind;
import cn.ybfp.supervision.api.SampleFinding;
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
 * One drawn decision, as it was when drawn, and the province's finding on it: compliant, or a problem with the clause
 * it breaks. A finding is recorded once.
 */
@Entity
@Table(name = "sample_item")
@Audited
public class SampleItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sample_item_seq")
    @SequenceGenerator(name = "sample_item_seq", sequenceName = "sample_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "sample_id", nullable = false, updatable = false)
    private long sampleId;

    @Column(nullable = false, length = 6, updatable = false)
    private String county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private DecisionKind kind;

    @Column(name = "decision_id", nullable = false, updatable = false)
    private long decisionId;

    @Column(nullable = false, length = 40, updatable = false)
    private String reference;

    @Column(nullable = false, length = 200, updatable = false)
    private String summary;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "decided_by", nullable = false, length = 64, updatable = false)
    private String decidedBy;

    @Column(nullable = false, length = 100, updatable = false)
    private String path;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private SampleFinding finding;

    @Column(length = 200)
    private String clause;

    @Column(length = 500)
    private String note;

    @Column(name = "found_by", length = 64)
    private String foundBy;

    @Column(name = "found_at")
    private LocalDateTime foundAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected SampleItem() {}

    public SampleItem(long sampleId, String county, Decision d) {
        this.sampleId = sampleId;
        this.county = county;
        this.kind = DecisionKind.valueOf(d.kind());
        this.decisionId = d.id();
        this.reference = d.reference();
        this.summary = d.summary().length() > 200 ? d.summary().substring(0, 200) : d.summary();
        this.amount = d.amount();
        this.decidedOn = d.decidedOn();
        this.decidedBy = d.decidedBy();
        this.path = d.path();
    }

    /** Records the finding; a problem names the clause it breaks. Refused when one is recorded already. */
    public void find(SampleFinding outcome, String clause, String note, String by, LocalDateTime at) {
        if (finding != null) {
            throw SupervisionException.of(null, "finding.recorded");
        }
        if (outcome == SampleFinding.PROBLEM && (clause == null || clause.isBlank())) {
            throw SupervisionException.of("clause", "clause.required");
        }
        this.finding = outcome;
        this.clause = clause == null || clause.isBlank() ? null : clause.strip();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.foundBy = by;
        this.foundAt = at;
    }

    public Long id() {
        return id;
    }

    public long sampleId() {
        return sampleId;
    }

    public String county() {
        return county;
    }

    public DecisionKind kind() {
        return kind;
    }

    public long decisionId() {
        return decisionId;
    }

    public String reference() {
        return reference;
    }

    public String summary() {
        return summary;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String path() {
        return path;
    }

    public SampleFinding finding() {
        return finding;
    }

    public String clause() {
        return clause;
    }

    public String note() {
        return note;
    }

    public String foundBy() {
        return foundBy;
    }

    public LocalDateTime foundAt() {
        return foundAt;
    }

    public long version() {
        return version;
    }
}
