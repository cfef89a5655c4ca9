package cn.ybfp.monitoring.domain;

import cn.ybfp.monitoring.api.FeedbackStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A feedback file from civil affairs or rural revitalisation on pushed warnings (根据民政、乡村振兴部门反馈的身份认定
 * 情况，分类跟进落实三重制度, 吉政办发〔2022〕16号 五（七）): compared row by row on upload, then applied once, all or
 * nothing, or discarded.
 */
@Entity
@Table(name = "warning_feedback")
public class WarningFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "warning_feedback_seq")
    @SequenceGenerator(name = "warning_feedback_seq", sequenceName = "warning_feedback_seq", allocationSize = 1)
    private Long id;

    @Column(name = "county_code", nullable = false, length = 6, updatable = false)
    private String countyCode;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FeedbackStatus status;

    @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @OneToMany(mappedBy = "feedback", cascade = CascadeType.PERSIST)
    @OrderBy("lineNumber")
    private List<FeedbackRow> rows = new ArrayList<>();

    @Version
    private long version;

    protected WarningFeedback() {}

    public WarningFeedback(String countyCode, String fileName, String by, LocalDateTime at) {
        this.countyCode = countyCode;
        this.fileName = fileName;
        this.status = FeedbackStatus.COMPARED;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public void add(FeedbackLine line, Long warningId, Comparison found) {
        rows.add(new FeedbackRow(this, line, warningId, found));
    }

    /** Applies or discards the compared file: once. */
    public void decide(FeedbackStatus decision, String by, LocalDateTime at) {
        if (status != FeedbackStatus.COMPARED) {
            throw MonitoringException.of(null, "feedback.decided", status.label());
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** What the comparison found for one row: its outcome, and for a rejected row why. */
    public record Comparison(cn.ybfp.monitoring.api.FeedbackOutcome outcome, String problem) {}

    public Long id() {
        return id;
    }

    public String countyCode() {
        return countyCode;
    }

    public String fileName() {
        return fileName;
    }

    public FeedbackStatus status() {
        return status;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime uploadedAt() {
        return uploadedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public List<FeedbackRow> rows() {
        return List.copyOf(rows);
    }

    public long version() {
        return version;
    }
}
