package cn.ybfp.supervision.domain;

import cn.ybfp.supervision.api.DecisionKind;
import cn.ybfp.supervision.api.SampleMethod;
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
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A sample the province drew of a county's decisions of a period: the kinds, the method, the size and the seed, so
 * that the same draw over the same decisions can be made again ({@link SampleDraw}). A re-check ("回头看") names the
 * closed rectification item it checks.
 */
@Entity
@Table(name = "decision_sample")
public class DecisionSample {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sample_seq")
    @SequenceGenerator(name = "sample_seq", sequenceName = "sample_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 6, updatable = false)
    private String county;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate to;

    @Column(nullable = false, length = 40, updatable = false)
    private String kinds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private SampleMethod method;

    @Column(name = "sample_size", nullable = false, updatable = false)
    private int size;

    @Column(nullable = false, updatable = false)
    private long seed;

    @Column(nullable = false, updatable = false)
    private int population;

    @Column(name = "recheck_of", updatable = false)
    private Long recheckOf;

    @Column(name = "drawn_by", nullable = false, length = 64, updatable = false)
    private String drawnBy;

    @Column(name = "drawn_at", nullable = false, updatable = false)
    private LocalDateTime drawnAt;

    protected DecisionSample() {}

    public DecisionSample(
            String county,
            LocalDate from,
            LocalDate to,
            Set<DecisionKind> kinds,
            SampleMethod method,
            int size,
            long seed,
            int population,
            Long recheckOf,
            String drawnBy,
            LocalDateTime drawnAt) {
        this.county = county;
        this.from = from;
        this.to = to;
        this.kinds = kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.method = method;
        this.size = size;
        this.seed = seed;
        this.population = population;
        this.recheckOf = recheckOf;
        this.drawnBy = drawnBy;
        this.drawnAt = drawnAt;
    }

    public Long id() {
        return id;
    }

    public String county() {
        return county;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public Set<DecisionKind> kinds() {
        Set<DecisionKind> set = EnumSet.noneOf(DecisionKind.class);
        Arrays.stream(kinds.split(",")).map(DecisionKind::valueOf).forEach(set::add);
        return set;
    }

    public SampleMethod method() {
        return method;
    }

    public int size() {
        return size;
    }

    public long seed() {
        return seed;
    }

    public int population() {
        return population;
    }

    public Long recheckOf() {
        return recheckOf;
    }

    public String drawnBy() {
        return drawnBy;
    }

    public LocalDateTime drawnAt() {
        return drawnAt;
    }
}
