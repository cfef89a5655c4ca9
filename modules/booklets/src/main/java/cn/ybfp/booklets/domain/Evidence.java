package cn.ybfp.booklets.domain;

import cn.ybfp.kernel.ScanType;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The scanned diagnosis of a recognition (the designated hospital's 诊断证明): kept in the database, in the same
 * transaction as the recognition, under the same rules as a case's materials ({@link ScanType}).
 */
@Entity
@Table(name = "recognition_evidence")
public class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recognition_evidence_seq")
    @SequenceGenerator(
            name = "recognition_evidence_seq",
            sequenceName = "recognition_evidence_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "recognition_id", nullable = false, updatable = false)
    private long recognitionId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 60, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(nullable = false, updatable = false, length = 10_485_760)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    protected Evidence() {}

    public Evidence(Recognition recognition, ScanType.Checked file, String by, LocalDateTime at) {
        this.recognitionId = recognition.id();
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.content().length;
        this.content = file.content();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long id() {
        return id;
    }

    public long recognitionId() {
        return recognitionId;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public byte[] content() {
        return content;
    }
}
