package cn.ybfp.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.sampling.Decision;
import cn.ybfp.supervision.api.SampleMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleDrawTest {

    /** Ten bills with the amounts 100, 200, … 1,000 (bill i has 100 × i), and two booklets with none. */
    static final List<Decision> POPULATION = population();

    @Test
    void theSameSeedOverTheSameDecisionsDrawsTheSameInWhateverOrderTheyCome() {
        List<Decision> first = SampleDraw.draw(POPULATION, SampleMethod.RANDOM, 4, 20261206L);
        List<Decision> shuffled = new ArrayList<>(POPULATION);
        Collections.reverse(shuffled);
        assertThat(SampleDraw.draw(shuffled, SampleMethod.RANDOM, 4, 20261206L)).isEqualTo(first);
        assertThat(first).hasSize(4).doesNotHaveDuplicates();
        // another seed draws another sample (for these two seeds; a rare seed could agree by chance)
        assertThat(SampleDraw.draw(POPULATION, SampleMethod.RANDOM, 4, 7L)).isNotEqualTo(first);
    }

    @Test
    void theLargestFirstTakesTheLargestAmountsAndBooksWithoutAmountLast() {
        assertThat(SampleDraw.draw(POPULATION, SampleMethod.LARGEST, 3, 1L))
                .extracting(Decision::reference)
                .containsExactly("JS10", "JS9", "JS8");
        // all twelve: the bills by amount, then the two booklets (0.00) by id
        assertThat(SampleDraw.draw(POPULATION, SampleMethod.LARGEST, 12, 1L))
                .extracting(Decision::reference)
                .endsWith("JS1", "RD1", "RD2");
    }

    @Test
    void bothTakesTheLargestHalfRoundedUpAndTheRestAtRandomFromTheOthers() {
        List<Decision> drawn = SampleDraw.draw(POPULATION, SampleMethod.BOTH, 5, 42L);
        // 5: the 3 largest (JS10, JS9, JS8), then 2 at random from the 9 others
        assertThat(drawn).hasSize(5).doesNotHaveDuplicates();
        assertThat(drawn.subList(0, 3)).extracting(Decision::reference).containsExactly("JS10", "JS9", "JS8");
        assertThat(drawn.subList(3, 5)).extracting(Decision::reference).doesNotContain("JS10", "JS9", "JS8");
        assertThat(SampleDraw.draw(POPULATION, SampleMethod.BOTH, 5, 42L)).isEqualTo(drawn);
    }

    @Test
    void aSampleLargerThanThePopulationTakesItAll() {
        assertThat(SampleDraw.draw(POPULATION.subList(0, 2), SampleMethod.RANDOM, 10, 3L))
                .hasSize(2);
        assertThat(SampleDraw.draw(List.of(), SampleMethod.BOTH, 10, 3L)).isEmpty();
    }

    private static List<Decision> population() {
        List<Decision> all = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            all.add(new Decision(
                    "BILL", i, "JS" + i, "", BigDecimal.valueOf(100L * i), LocalDate.of(2026, 7, i), "xq", "/"));
        }
        for (int i = 1; i <= 2; i++) {
            all.add(new Decision("BOOKLET", i, "RD" + i, "", BigDecimal.ZERO, LocalDate.of(2026, 8, i), "xq", "/"));
        }
        return List.copyOf(all);
    }
}
