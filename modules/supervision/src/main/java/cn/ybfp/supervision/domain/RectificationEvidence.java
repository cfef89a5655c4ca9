package cn.ybfp.supervision.domain;

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

/** A scan the county attached to its answer on a rectification item (a PDF, PNG or JPEG, checked by its bytes). */
@Entity
@Table(name = "rectification_evidence")
public class RectificationEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_evidence_seq")
    @SequenceGenerator(
            name = "rectification_evidence_seq",
            sequenceName = "rectification_evidence_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "item_id", nullable = false, updatable = false)
    private long itemId;

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

    protected RectificationEvidence() {}

    public RectificationEvidence(
            long itemId, String fileName, String contentType, byte[] content, String by, LocalDateTime at) {
        this.itemId = itemId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long id() {
        return id;
    }

    public long itemId() {
        return itemId;
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
