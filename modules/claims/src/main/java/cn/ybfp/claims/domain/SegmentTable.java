package cn.ybfp.claims.domain;

import cn.ybfp.kernel.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment on a yearly cumulative base, in segments with absolute thresholds (分段累进): nothing below the
 * deductible, then {@code [deductible, t1) r1, [t1, t2) r2, …, [tn, ∞) rn}. Critical-illness insurance uses it as
 * it stands; tilted assistance and re-assistance are the one-segment case "ratio above a threshold".
 *
 * @param segments  ascending; every {@code upTo} is absolute and only the last one is open ({@code null})
 * @param yearlyCap {@code null} when the table has no cap (取消封顶线)
 */
public record SegmentTable(BigDecimal deductible, List<Segment> segments, BigDecimal yearlyCap) {

    /** One segment up to (excluding) {@code upTo}; {@code upTo == null} is the open last segment. */
    public record Segment(BigDecimal upTo, BigDecimal ratio) {

        public Segment {
            Scheme.requireRatio("segment ratio", ratio);
        }
    }

    /** The part of a claim's base that falls into one segment; {@code index} counts from 0. */
    public record Portion(int index, BigDecimal ratio, BigDecimal base) {

        BigDecimal amount() {
            return base.multiply(ratio);
        }
    }

    public SegmentTable {
        Scheme.requireAmount("deductible", deductible);
        if (yearlyCap != null) {
            Scheme.requireAmount("yearlyCap", yearlyCap);
        }
        segments = List.copyOf(segments);
        if (segments.isEmpty() || segments.get(segments.size() - 1).upTo() != null) {
            throw new IllegalArgumentException("segments must end with an open segment (upTo null)");
        }
        BigDecimal from = deductible;
        for (Segment segment : segments.subList(0, segments.size() - 1)) {
            if (segment.upTo() == null || segment.upTo().compareTo(from) <= 0) {
                throw new IllegalArgumentException("segment thresholds must rise above the deductible: " + segment);
            }
            from = segment.upTo();
        }
    }

    /** "Ratio above a threshold, up to a yearly cap": tilted assistance and re-assistance. */
    public static SegmentTable above(BigDecimal threshold, BigDecimal ratio, BigDecimal yearlyCap) {
        return new SegmentTable(threshold, List.of(new Segment(null, ratio)), yearlyCap);
    }

    /**
     * The preferential table of 医保发〔2021〕10号 三（六）: the deductible times a factor (halved), every ratio
     * plus a bonus (never above 1), the thresholds unchanged.
     */
    public SegmentTable preferential(BigDecimal deductibleFactor, BigDecimal ratioBonus, BigDecimal cap) {
        // built for every claim of a preferential person: a loop, not a stream, keeps the JIT's work small
        List<Segment> raised = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            raised.add(new Segment(s.upTo(), s.ratio().add(ratioBonus).min(BigDecimal.ONE)));
        }
        return new SegmentTable(Money.round(deductible.multiply(deductibleFactor)), raised, cap);
    }

    /**
     * How the increase of the cumulative base from {@code before} to {@code after} falls into the segments, so that
     * {@code F(after) − F(before)} is the sum of the portions' amounts.
     */
    public List<Portion> portions(BigDecimal before, BigDecimal after) {
        List<Portion> portions = new ArrayList<>();
        BigDecimal from = deductible;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            BigDecimal low = Money.max(from, before);
            BigDecimal high = segment.upTo() == null ? after : Money.min(segment.upTo(), after);
            if (high.compareTo(low) > 0) {
                portions.add(new Portion(i, segment.ratio(), high.subtract(low)));
            }
            from = segment.upTo();
        }
        return portions;
    }

    /** {@code F(after) − F(before)}, rounded to fen once. */
    public BigDecimal payment(List<Portion> portions) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Portion portion : portions) {
            sum = sum.add(portion.amount());
        }
        return Money.round(sum);
    }
}
