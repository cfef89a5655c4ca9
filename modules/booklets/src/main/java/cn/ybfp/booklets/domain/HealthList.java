package cn.ybfp.booklets.domain;

import cn.ybfp.booklets.api.HealthListStatus;
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
 * A list the health department keeps of patients under basic public-health management (云医保〔2020〕128号 二（四））,
 * uploaded by a county and compared with its register; the county then applies it (a pending recognition for each
 * eligible row, all or nothing, once) or discards it. Its rows are {@link HealthListRow}s.
 */
@Entity
@Table(name = "health_list")
public class HealthList {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_list_seq")
    @SequenceGenerator(name = "health_list_seq", sequenceName = "health_list_seq", allocationSize = 50)
    private Long id;

    @Column(name = "county", nullable = false, length = 6, updatable = false)
    private String county;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    @Column(name = "uploaded_by", nullable = false, length = 64, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private LocalDateTime uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private HealthListStatus status;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private long version;

    protected HealthList() {}

    public HealthList(String county, String fileName, String by, LocalDateTime at) {
        this.county = county;
        this.fileName = fileName;
        this.uploadedBy = by;
        this.uploadedAt = at;
        this.status = HealthListStatus.COMPARED;
    }

    public void counted(long rows) {
        this.rowCount = rows;
    }

    /** Applied or discarded once: a list already decided refuses a second decision (a resent form, a second click). */
    public void decide(HealthListStatus outcome, String by, LocalDateTime at) {
        if (status != HealthListStatus.COMPARED) {
            throw BookletsException.of(null, "healthList.decided");
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long id() {
        return id;
    }

    public String county() {
        return county;
    }

    public String fileName() {
        return fileName;
    }

    public long rowCount() {
        return rowCount;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public LocalDateTime uploadedAt() {
        return uploadedAt;
    }

    public HealthListStatus status() {
        return status;
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
