package cn.ybfp.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/**
 * A scheme as the province keeps it: for one pooling region (a city, or the whole province) and one year, with its
 * parameters as the JSON the engine reads ({@link Scheme}). Schemes are created by copying and editing one; every
 * change is kept by Envers.
 */
@Entity
@Table(name = "scheme")
@Audited
public class SchemeRecord {

    @Id
    private String id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "scheme_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 6)
    private String region;

    @Column(nullable = false, length = 20000)
    private String definition;

    @Column(name = "copied_from", length = 40)
    private String copiedFrom;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected SchemeRecord() {}

    public SchemeRecord(
            Scheme scheme,
            String definition,
            int year,
            String region,
            String copiedFrom,
            String createdBy,
            LocalDateTime createdAt) {
        this.id = scheme.id();
        this.name = scheme.name();
        this.definition = definition;
        this.year = year;
        this.region = region;
        this.copiedFrom = copiedFrom;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int year() {
        return year;
    }

    public String region() {
        return region;
    }

    public String definition() {
        return definition;
    }

    public String copiedFrom() {
        return copiedFrom;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
