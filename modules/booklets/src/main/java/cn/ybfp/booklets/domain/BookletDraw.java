package cn.ybfp.booklets.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * One county's draw for one month ({@link MonthlyRandomAudit}): the seed and the size of the population are kept so
 * that anyone can re-run it; the drawn booklets are {@link DrawnBooklet}s. Made once: county and month are unique.
 */
@Entity
@Table(name = "booklet_draw")
public class BookletDraw {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booklet_draw_seq")
    @SequenceGenerator(name = "booklet_draw_seq", sequenceName = "booklet_draw_seq", allocationSize = 50)
    private Long id;

    @Column(name = "county", nullable = false, length = 6, updatable = false)
    private String county;

    /** The month whose booklets were drawn, {@code 2026-11}. */
    @Column(name = "issue_month", nullable = false, length = 7, updatable = false)
    private String month;

    @Column(name = "seed", nullable = false, updatable = false)
    private long seed;

    @Column(name = "population", nullable = false, updatable = false)
    private int population;

    @Column(name = "drawn", nullable = false, updatable = false)
    private int drawn;

    @Column(name = "made_by", nullable = false, length = 64, updatable = false)
    private String madeBy;

    @Column(name = "made_at", nullable = false, updatable = false)
    private LocalDateTime madeAt;

    protected BookletDraw() {}

    public BookletDraw(
            String county, YearMonth month, long seed, int population, int drawn, String by, LocalDateTime at) {
        this.county = county;
        this.month = month.toString();
        this.seed = seed;
        this.population = population;
        this.drawn = drawn;
        this.madeBy = by;
        this.madeAt = at;
    }

    public Long id() {
        return id;
    }

    public String county() {
        return county;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public long seed() {
        return seed;
    }

    public int population() {
        return population;
    }

    public int drawn() {
        return drawn;
    }

    public String madeBy() {
        return madeBy;
    }

    public LocalDateTime madeAt() {
        return madeAt;
    }
}
