package cn.ybfp.supervision.domain;

import cn.ybfp.kernel.sampling.Decision;
import cn.ybfp.supervision.api.SampleMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The province's draw of a county's decisions (问题清查整改, 云医保〔2020〕128号 二（八））: reproducible, since the seed is
 * stored with the sample and the population is put in a fixed order (kind, then id) before the draw, so the same seed
 * over the same decisions picks the same ones again.
 * <ul>
 * <li>{@code RANDOM}: {@code size} decisions shuffled by {@code java.util.Random(seed)};</li>
 * <li>{@code LARGEST}: the {@code size} largest amounts, ties by kind and id;</li>
 * <li>{@code BOTH}: the largest half (rounded up), then the rest at random from the others.</li>
 * </ul>
 */
public final class SampleDraw {

    private static final Comparator<Decision> FIXED_ORDER =
            Comparator.comparing(Decision::kind).thenComparingLong(Decision::id);

    private SampleDraw() {}

    public static List<Decision> draw(List<Decision> population, SampleMethod method, int size, long seed) {
        List<Decision> ordered = new ArrayList<>(population);
        ordered.sort(FIXED_ORDER);
        int wanted = Math.min(size, ordered.size());
        return switch (method) {
            case RANDOM -> random(ordered, wanted, seed);
            case LARGEST -> largest(ordered, wanted);
            case BOTH -> both(ordered, wanted, seed);
        };
    }

    private static List<Decision> random(List<Decision> ordered, int wanted, long seed) {
        List<Decision> shuffled = new ArrayList<>(ordered);
        java.util.Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, wanted));
    }

    private static List<Decision> largest(List<Decision> ordered, int wanted) {
        return ordered.stream()
                .sorted(Comparator.comparing(Decision::amount).reversed().thenComparing(FIXED_ORDER))
                .limit(wanted)
                .toList();
    }

    private static List<Decision> both(List<Decision> ordered, int wanted, long seed) {
        Set<Decision> picked = new LinkedHashSet<>(largest(ordered, (wanted + 1) / 2));
        List<Decision> others =
                ordered.stream().filter(d -> !picked.contains(d)).toList();
        picked.addAll(random(others, wanted - picked.size(), seed));
        return List.copyOf(picked);
    }
}
