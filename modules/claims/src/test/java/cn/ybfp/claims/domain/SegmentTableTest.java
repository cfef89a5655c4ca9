package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.yuan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentTableTest {

    private static final SegmentTable JILIN = new SegmentTable(
            yuan("15000.00"),
            List.of(
                    new SegmentTable.Segment(yuan("100000.00"), yuan("0.60")),
                    new SegmentTable.Segment(null, yuan("0.70"))),
            yuan("400000.00"));

    @Test
    void splitsTheIncreaseOfTheCumulativeBaseIntoSegments() {
        // from 10,000 to 120,000: [15,000, 100,000) 85,000 at 0.60 and [100,000, 120,000) 20,000 at 0.70
        // = 51,000 + 14,000 = 65,000.00
        List<SegmentTable.Portion> portions = JILIN.portions(yuan("10000.00"), yuan("120000.00"));

        assertThat(portions)
                .containsExactly(
                        new SegmentTable.Portion(0, yuan("0.60"), yuan("85000.00")),
                        new SegmentTable.Portion(1, yuan("0.70"), yuan("20000.00")));
        assertThat(JILIN.payment(portions)).isEqualTo(yuan("65000.00"));
    }

    @Test
    void nothingBelowTheDeductibleAndNothingForNoIncrease() {
        assertThat(JILIN.portions(yuan("0.00"), yuan("15000.00"))).isEmpty();
        assertThat(JILIN.portions(yuan("50000.00"), yuan("50000.00"))).isEmpty();
        assertThat(JILIN.payment(List.of())).isEqualTo(yuan("0.00"));
    }

    @Test
    void roundsTheSumOnceHalfUp() {
        // (15,000.01 − 15,000) × 0.60 = 0.006 → 0.01
        assertThat(JILIN.payment(JILIN.portions(yuan("15000.00"), yuan("15000.01"))))
                .isEqualTo(yuan("0.01"));
        // 0.07 × 0.60 = 0.042 → 0.04
        assertThat(JILIN.payment(JILIN.portions(yuan("0.00"), yuan("15000.07"))))
                .isEqualTo(yuan("0.04"));
    }

    @Test
    void preferentialTableHalvesTheDeductibleAndRaisesEveryRatio() {
        SegmentTable preferential = JILIN.preferential(yuan("0.5"), yuan("0.05"), null);

        assertThat(preferential.deductible()).isEqualTo(yuan("7500.00"));
        assertThat(preferential.segments())
                .extracting(SegmentTable.Segment::ratio)
                .containsExactly(yuan("0.65"), yuan("0.75"));
        assertThat(preferential.segments().get(0).upTo()).isEqualTo(yuan("100000.00"));
        assertThat(preferential.yearlyCap()).isNull();
    }

    @Test
    void aboveAThresholdIsTheOneSegmentCase() {
        // tilted assistance: from 8,980.50 to 22,975.00 above 10,000 at 0.50 = 12,975 × 0.50 = 6,487.50
        SegmentTable above = SegmentTable.above(yuan("10000.00"), yuan("0.50"), yuan("20000.00"));

        assertThat(above.payment(above.portions(yuan("8980.50"), yuan("22975.00"))))
                .isEqualTo(yuan("6487.50"));
    }

    @Test
    void refusesThresholdsThatDoNotRiseOrAClosedLastSegment() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SegmentTable(
                        yuan("15000.00"),
                        List.of(
                                new SegmentTable.Segment(yuan("10000.00"), yuan("0.60")),
                                new SegmentTable.Segment(null, yuan("0.70"))),
                        null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new SegmentTable(
                        yuan("15000.00"), List.of(new SegmentTable.Segment(yuan("100000.00"), yuan("0.60"))), null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SegmentTable.Segment(null, yuan("1.20")));
    }

    @Test
    void aRaisedRatioNeverGoesAboveOne() {
        SegmentTable raised = JILIN.preferential(yuan("0.5"), yuan("0.35"), null);

        assertThat(raised.segments())
                .extracting(SegmentTable.Segment::ratio)
                .containsExactly(yuan("0.95"), BigDecimal.ONE);
    }
}
