package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.ImportOutcome;
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

/**
 * A row of a service-record file and what the comparison found: the contract and member it names, or why it is
 * rejected. The ID number is kept masked; the contract is what the apply needs.
 */
@Entity
@Table(name = "service_record_import_row")
public class RecordImportRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_record_import_row_seq")
    @SequenceGenerator(
            name = "service_record_import_row_seq",
            sequenceName = "service_record_import_row_seq",
            allocationSize = 500)
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    @Column(name = "line_number", nullable = false, updatable = false)
    private long lineNumber;

    @Column(name = "id_number_masked", length = 18, updatable = false)
    private String idNumberMasked;

    @Column(name = "name", length = 50, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", length = 20, updatable = false)
    private ServiceType type;

    @Column(name = "service_date", updatable = false)
    private LocalDate day;

    @Column(name = "note", length = 200, updatable = false)
    private String note;

    @Column(name = "contract_id", updatable = false)
    private Long contractId;

    @Column(name = "member_id", updatable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10, updatable = false)
    private ImportOutcome outcome;

    @Column(name = "reason", length = 200, updatable = false)
    private String reason;

    protected RecordImportRow() {}

    public RecordImportRow(RecordImport file, RecordLine line, Found found) {
        this.importId = file.id();
        this.lineNumber = line.lineNumber();
        this.idNumberMasked = found.maskedIdNumber();
        this.name = cut(line.name(), 50);
        this.type = found.type();
        this.day = found.day();
        this.note = cut(line.note(), 200);
        this.contractId = found.contractId();
        this.memberId = found.memberId();
        this.outcome = found.reason() == null ? ImportOutcome.ACCEPTED : ImportOutcome.REJECTED;
        this.reason = found.reason();
    }

    /** What the comparison found of a line: the contract and member of an accepted one, the reason of a rejected one. */
    public record Found(
            String maskedIdNumber, ServiceType type, LocalDate day, Long contractId, Long memberId, String reason) {}

    private static String cut(String text, int length) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > length ? stripped.substring(0, length) : stripped;
    }

    public long importId() {
        return importId;
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

    public ServiceType type() {
        return type;
    }

    public LocalDate day() {
        return day;
    }

    public String note() {
        return note;
    }

    public Long contractId() {
        return contractId;
    }

    public Long memberId() {
        return memberId;
    }

    public ImportOutcome outcome() {
        return outcome;
    }

    public String reason() {
        return reason;
    }
}
