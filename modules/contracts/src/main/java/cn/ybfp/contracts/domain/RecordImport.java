package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.ImportStatus;
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
import java.time.LocalDateTime;

/**
 * A service-record file from a health centre's own system (履约记录导入): compared first, then applied (all its
 * accepted rows, once) or discarded, like the register's data exchange.
 */
@Entity
@Table(name = "service_record_import")
public class RecordImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_record_import_seq")
    @SequenceGenerator(
            name = "service_record_import_seq",
            sequenceName = "service_record_import_seq",
            allocationSize = 50)
    private Long id;

    /** The uploader's division (a township or a county): the file's rows are compared within it. */
    @Column(name = "area", nullable = false, length = 9, updatable = false)
    private String area;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ImportStatus status;

    @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private long version;

    protected RecordImport() {}

    public RecordImport(String area, String fileName, String uploadedBy, LocalDateTime uploadedAt) {
        this.area = area;
        this.fileName = fileName;
        this.status = ImportStatus.COMPARED;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void counted(long rows) {
        this.rowCount = rows;
    }

    /** Applied or discarded, once: a second decision is refused. */
    public void decide(ImportStatus decision, String by, LocalDateTime at) {
        if (status != ImportStatus.COMPARED) {
            throw ContractsException.of(null, "import.decided");
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long id() {
        return id;
    }

    public String area() {
        return area;
    }

    public String fileName() {
        return fileName;
    }

    public long rowCount() {
        return rowCount;
    }

    public ImportStatus status() {
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

    public long version() {
        return version;
    }
}
