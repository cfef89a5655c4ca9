package cn.ybfp.booklets.domain;

import cn.ybfp.booklets.api.ListRowOutcome;
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

/**
 * One row of a health list and what the comparison found. The ID number is kept masked: the matched person's id is
 * what the apply needs, and the feedback file names the row by its line in the department's own file.
 */
@Entity
@Table(name = "health_list_row")
public class HealthListRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_list_row_seq")
    @SequenceGenerator(name = "health_list_row_seq", sequenceName = "health_list_row_seq", allocationSize = 500)
    private Long id;

    @Column(name = "list_id", nullable = false, updatable = false)
    private long listId;

    @Column(name = "line_number", nullable = false, updatable = false)
    private long lineNumber;

    @Column(name = "id_number_masked", length = 18, updatable = false)
    private String idNumberMasked;

    @Column(name = "name", length = 50, updatable = false)
    private String name;

    @Column(name = "disease_written", length = 60, updatable = false)
    private String diseaseWritten;

    /** The code the row is counted under in the reconciliation (a group's for 重性精神病); null when unreadable. */
    @Column(name = "disease", length = 6, updatable = false)
    private String disease;

    @Column(name = "institution", length = 100, updatable = false)
    private String institution;

    @Column(name = "diagnosed_on", updatable = false)
    private LocalDate diagnosedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16, updatable = false)
    private ListRowOutcome outcome;

    @Column(name = "reason", length = 200, updatable = false)
    private String reason;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "recognition_id")
    private Long recognitionId;

    protected HealthListRow() {}

    public HealthListRow(HealthList list, ListLine line, Comparison found) {
        this.listId = list.id();
        this.lineNumber = line.lineNumber();
        this.idNumberMasked = cut(found.maskedIdNumber(), 18);
        this.name = cut(line.name(), 50);
        this.diseaseWritten = cut(line.disease(), 60);
        this.disease = found.disease();
        this.institution = cut(line.institution(), 100);
        this.diagnosedOn = found.diagnosedOn();
        this.outcome = found.outcome();
        this.reason = found.reason();
        this.personId = found.personId();
    }

    /** What the comparison found: the outcome, the reason of a bad row, the matched person. */
    public record Comparison(
            ListRowOutcome outcome,
            String reason,
            String maskedIdNumber,
            String disease,
            LocalDate diagnosedOn,
            Long personId) {}

    private static String cut(String text, int length) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= length ? stripped : stripped.substring(0, length);
    }

    /** The recognition the apply started (or found waiting) for this row. */
    public void started(long recognitionId) {
        this.recognitionId = recognitionId;
    }

    public Long id() {
        return id;
    }

    public long listId() {
        return listId;
    }

    public long lineNumber() {
        return lineNumber;
    }

    public String idNumberMasked() {
        return idNumberMasked;
    }

    public String name() {
        return name;
    }

    public String diseaseWritten() {
        return diseaseWritten;
    }

    public String disease() {
        return disease;
    }

    public String institution() {
        return institution;
    }

    public LocalDate diagnosedOn() {
        return diagnosedOn;
    }

    public ListRowOutcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }

    public Long personId() {
        return personId;
    }

    public Long recognitionId() {
        return recognitionId;
    }
}
