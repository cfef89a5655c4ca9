package cn.ybfp.booklets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MonthlyRandomAuditTest {

    private static List<String> numbers(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> "2201122026" + String.format("%06d", i))
                .toList();
    }

    @Test
    void atLeastATenthRoundedUpAndAtLeastOneWhereAnyWasIssued() {
        assertThat(MonthlyRandomAudit.size(0)).isZero();
        assertThat(MonthlyRandomAudit.size(1)).isEqualTo(1); // 0.1 → 1
        assertThat(MonthlyRandomAudit.size(9)).isEqualTo(1); // 0.9 → 1
        assertThat(MonthlyRandomAudit.size(10)).isEqualTo(1);
        assertThat(MonthlyRandomAudit.size(11)).isEqualTo(2); // 1.1 → 2
        assertThat(MonthlyRandomAudit.size(100_000)).isEqualTo(10_000);
        assertThat(MonthlyRandomAudit.size(100_001)).isEqualTo(10_001);
    }

    @Test
    void theSameSeedAndPopulationDrawTheSameBookletsWhateverTheOrderGiven() {
        List<String> population = numbers(57);
        List<String> shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new Random(1));
        List<String> first = MonthlyRandomAudit.draw(population, 20261201L);
        assertThat(first).hasSize(6).isSorted().doesNotHaveDuplicates();
        assertThat(population).containsAll(first);
        assertThat(MonthlyRandomAudit.draw(shuffled, 20261201L)).isEqualTo(first);
        assertThat(MonthlyRandomAudit.draw(population, 20261202L)).isNotEqualTo(first);
    }

    @Test
    void theDrawIsWhatThePageSaysToReRun() {
        // the page's recipe: sort ascending, Collections.shuffle with new Random(seed), take the first k
        List<String> recipe = new ArrayList<>(numbers(25));
        Collections.shuffle(recipe, new Random(42L));
        List<String> expected = new ArrayList<>(recipe.subList(0, 3));
        Collections.sort(expected);
        assertThat(MonthlyRandomAudit.draw(numbers(25), 42L)).isEqualTo(expected);
    }

    @Test
    void anEmptyMonthDrawsNothing() {
        assertThat(MonthlyRandomAudit.draw(List.of(), 7L)).isEmpty();
    }
}
