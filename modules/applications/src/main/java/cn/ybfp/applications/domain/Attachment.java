package cn.ybfp.applications.domain;

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
 * A scan kept with a case (or an appeal): the bytes in the database, in the same transaction as the step it belongs
 * to, so a case and its materials are backed up and restored together. The step is the case's state when it was
 * added.
 */
@Entity
@Table(name = "application_attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_attachment_seq")
    @SequenceGenerator(
            name = "application_attachment_seq",
            sequenceName = "application_attachment_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "appeal_id", updatable = false)
    private Long appealId;

    @Column(name = "step", nullable = false, length = 30, updatable = false)
    private String step;

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

    protected Attachment() {}

    public Attachment(
            Long applicationId, Long appealId, String step, ScanType.Checked file, String by, LocalDateTime at) {
        this.applicationId = applicationId;
        this.appealId = appealId;
        this.step = step;
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

    public Long applicationId() {
        return applicationId;
    }

    public Long appealId() {
        return appealId;
    }

    public String step() {
        return step;
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

    public String uploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime uploadedAt() {
        return uploadedAt;
    }
}
