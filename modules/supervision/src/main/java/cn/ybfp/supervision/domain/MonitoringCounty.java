package cn.ybfp.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/**
 * A county the province watches closely in a year (每个省份选取1-2个…县开展监测, 医保发〔2021〕10号 五（十五））; the
 * reports can be read for these counties alone. At most {@link #PER_YEAR} a year.
 */
@Entity
@Table(name = "monitoring_county")
@Audited
public class MonitoringCounty {

    public static final int PER_YEAR = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "monitoring_county_seq")
    @SequenceGenerator(name = "monitoring_county_seq", sequenceName = "monitoring_county_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 6, updatable = false)
    private String county;

    @Column(name = "watch_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "marked_by", nullable = false, length = 64, updatable = false)
    private String markedBy;

    @Column(name = "marked_at", nullable = false, updatable = false)
    private LocalDateTime markedAt;

    protected MonitoringCounty() {}

    public MonitoringCounty(String county, int year, String markedBy, LocalDateTime markedAt) {
        this.county = county;
        this.year = year;
        this.markedBy = markedBy;
        this.markedAt = markedAt;
    }

    public String county() {
        return county;
    }

    public int year() {
        return year;
    }
}
