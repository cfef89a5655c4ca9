package cn.ybfp.supervision.domain;

import cn.ybfp.supervision.api.ReportStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One round of a county's quarterly report: the figures as the county submitted them, frozen (a later correction of
 * the data shows as a difference on the next period's report, never by rewriting this one), and the province's
 * decision. A returned round stays as it was; the county submits the next round.
 */
@Entity
@Table(name = "statistical_report")
@Audited
public class StatisticalReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statistical_report_seq")
    @SequenceGenerator(name = "statistical_report_seq", sequenceName = "statistical_report_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 6, updatable = false)
    private String county;

    @Column(nullable = false, length = 8, updatable = false)
    private String period;

    @Column(nullable = false, updatable = false)
    private int round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportStatus status;

    @Column(name = "submitted_by", nullable = false, length = 64, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private LocalDateTime submittedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(length = 500)
    private String comment;

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "submitted_figure", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "figure_key", length = 60)
    @Column(name = "figure_value", nullable = false, precision = 16, scale = 2)
    private Map<String, BigDecimal> figures = new HashMap<>();

    @Version
    @Column(nullable = false)
    private long version;

    protected StatisticalReport() {}

    public StatisticalReport(
            String county, ReportPeriod period, int round, ReportFigures figures, String by, LocalDateTime at) {
        if (!period.quarterly()) {
            throw new IllegalArgumentException("only a quarterly report is submitted: " + period);
        }
        this.county = county;
        this.period = period.toString();
        this.round = round;
        this.status = ReportStatus.SUBMITTED;
        this.figures = new HashMap<>(figures.counts());
        this.submittedBy = by;
        this.submittedAt = at;
    }

    /** The province accepts the round: the quarter is closed for the county. */
    public void accept(String by, LocalDateTime at) {
        decide(ReportStatus.ACCEPTED, by, at, null);
    }

    /** The province returns the round with what is wrong; the county corrects its data and submits again. */
    public void giveBack(String by, LocalDateTime at, String reason) {
        decide(ReportStatus.RETURNED, by, at, reason);
    }

    private void decide(ReportStatus outcome, String by, LocalDateTime at, String reason) {
        if (status != ReportStatus.SUBMITTED) {
            throw new IllegalStateException("report " + id + " is " + status);
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
        this.comment = reason;
    }

    /** Whether the round stands for its quarter (submitted or accepted); a returned one does not. */
    public boolean stands() {
        return status != ReportStatus.RETURNED;
    }

    public ReportFigures frozen() {
        return new ReportFigures(figures);
    }

    public Long id() {
        return id;
    }

    public String county() {
        return county;
    }

    public String period() {
        return period;
    }

    public int round() {
        return round;
    }

    public ReportStatus status() {
        return status;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public LocalDateTime submittedAt() {
        return submittedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public String comment() {
        return comment;
    }

    public long version() {
        return version;
    }
}
