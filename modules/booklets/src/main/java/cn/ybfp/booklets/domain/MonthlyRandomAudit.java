package cn.ybfp.booklets.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The monthly random audit of new booklets (云医保〔2020〕128号 二（四）: 每月应对新办理慢病卡贫困人口按不低于 10% 的比例随机抽审):
 * of the booklets a county issued in a month, at least a tenth, rounded up, so that a county that issued any gets at
 * least one. The draw is reproducible from what is stored: the population's numbers in ascending order, shuffled by
 * {@code java.util.Collections.shuffle(list, new java.util.Random(seed))} (an algorithm the JDK specifies), the first
 * {@link #size} of them.
 */
public final class MonthlyRandomAudit {

    private MonthlyRandomAudit() {}

    /** ⌈population ÷ 10⌉. */
    public static int size(int population) {
        return (population + 9) / 10;
    }

    /** The drawn numbers, in ascending order. */
    public static List<String> draw(List<String> population, long seed) {
        List<String> shuffled = new ArrayList<>(population);
        Collections.sort(shuffled);
        Collections.shuffle(shuffled, new Random(seed));
        List<String> drawn = new ArrayList<>(shuffled.subList(0, size(population.size())));
        Collections.sort(drawn);
        return drawn;
    }
}
