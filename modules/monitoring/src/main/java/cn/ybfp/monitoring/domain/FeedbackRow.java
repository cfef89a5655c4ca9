package cn.ybfp.monitoring.domain;

import cn.ybfp.monitoring.api.FeedbackOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One row of a feedback file as read, and what the comparison found. Written once, on upload. */
@Entity
@Table(name = "warning_feedback_row")
public class FeedbackRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "warning_feedback_row_seq")
    @SequenceGenerator(
            name = "warning_feedback_row_seq",
            sequenceName = "warning_feedback_row_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "feedback_id", updatable = false)
    private WarningFeedback feedback;

    @Column(name = "line_number", nullable = false, updatable = false)
    private long lineNumber;

    /** The warning the row answers; null when it names none of the county's. */
    @Column(name = "warning_id", updatable = false)
    private Long warningId;

    @Column(name = "warning_number", length = 20, updatable = false)
    private String warningNumber;

    @Column(name = "person_name", length = 50, updatable = false)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private FeedbackOutcome outcome;

    @Column(length = 30, updatable = false)
    private String category;

    @Column(name = "document_number", length = 60, updatable = false)
    private String documentNumber;

    @Column(name = "recognised_from", length = 20, updatable = false)
    private String recognisedFrom;

    @Column(length = 200, updatable = false)
    private String reason;

    @Column(length = 200, updatable = false)
    private String problem;

    protected FeedbackRow() {}

    FeedbackRow(WarningFeedback feedback, FeedbackLine line, Long warningId, WarningFeedback.Comparison found) {
        this.feedback = feedback;
        this.lineNumber = line.lineNumber();
        this.warningId = warningId;
        this.warningNumber = cut(line.warningNumber(), 20);
        this.personName = cut(line.name(), 50);
        this.outcome = found.outcome();
        this.category = cut(line.category(), 30);
        this.documentNumber = cut(line.documentNumber(), 60);
        this.recognisedFrom = cut(line.recognisedFrom(), 20);
        this.reason = cut(line.reason(), 200);
        this.problem = found.problem();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    public long lineNumber() {
        return lineNumber;
    }

    public Long warningId() {
        return warningId;
    }

    public String warningNumber() {
        return warningNumber;
    }

    public String personName() {
        return personName;
    }

    public FeedbackOutcome outcome() {
        return outcome;
    }

    public String category() {
        return category;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String recognisedFrom() {
        return recognisedFrom;
    }

    public String reason() {
        return reason;
    }

    public String problem() {
        return problem;
    }
}
