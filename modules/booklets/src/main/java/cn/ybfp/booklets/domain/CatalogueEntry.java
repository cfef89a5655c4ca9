package cn.ybfp.booklets.domain;

import cn.ybfp.booklets.api.DiseaseKind;
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
import org.hibernate.envers.Audited;

/**
 * One disease of a pooling region's catalogue for a year (门诊慢特病病种目录): its national code and name, whether the
 * region counts it as chronic or special, and whether it is covered at all (吉政办发〔2022〕16号 四（六）: the region
 * decides). Every change is kept (Envers), with the province supervisor who made it.
 */
@Entity
@Table(name = "disease_catalogue")
@Audited
public class CatalogueEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disease_catalogue_seq")
    @SequenceGenerator(name = "disease_catalogue_seq", sequenceName = "disease_catalogue_seq", allocationSize = 50)
    private Long id;

    /** The pooling region: a city, or the province for all its cities without a catalogue of their own. */
    @Column(name = "region", nullable = false, length = 6)
    private String region;

    @Column(name = "catalogue_year", nullable = false)
    private int year;

    @Column(name = "code", nullable = false, length = 6)
    private String code;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private DiseaseKind kind;

    @Column(name = "covered", nullable = false)
    private boolean covered;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected CatalogueEntry() {}

    public CatalogueEntry(
            String region,
            int year,
            DiseaseCode code,
            String name,
            DiseaseKind kind,
            boolean covered,
            String by,
            LocalDateTime at) {
        this.region = region;
        this.year = year;
        this.code = code.value();
        this.name = name;
        this.kind = kind;
        this.covered = covered;
        this.changedBy = by;
        this.changedAt = at;
    }

    /** The same disease, kind and coverage in another region's or year's catalogue (a new year starts as a copy). */
    public CatalogueEntry copyTo(String targetRegion, int targetYear, String by, LocalDateTime at) {
        return new CatalogueEntry(targetRegion, targetYear, new DiseaseCode(code), name, kind, covered, by, at);
    }

    /** The region decides again: chronic or special, covered or not. */
    public void change(DiseaseKind newKind, boolean newCovered, String by, LocalDateTime at) {
        this.kind = newKind;
        this.covered = newCovered;
        this.changedBy = by;
        this.changedAt = at;
    }

    public Long id() {
        return id;
    }

    public String region() {
        return region;
    }

    public int year() {
        return year;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public DiseaseKind kind() {
        return kind;
    }

    public boolean covered() {
        return covered;
    }

    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
