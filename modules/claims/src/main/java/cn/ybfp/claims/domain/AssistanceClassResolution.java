package cn.ybfp.claims.domain;

import cn.ybfp.kernel.AssistanceCategory;
import java.util.OptionalInt;

/**
 * Which class of medical assistance (救助类别) a person gets under a scheme: with several identities, the best
 * (lowest-numbered) class wins (具有多重身份的救助对象，按照就高不就低原则实施救助, 吉政办发〔2022〕16号 二（一）),
 * and an orphan counts as class 1 (孤儿参照特困人员给予同等住院救助待遇, 同文 四（五）、四（六）) whatever the
 * scheme's category table says. No class: the person gets no assistance layers.
 */
public final class AssistanceClassResolution {

    static final int ORPHAN_CLASS = 1;

    private AssistanceClassResolution() {}

    public static OptionalInt classOf(Person person, Scheme.MedicalAssistance assistance) {
        int best = Integer.MAX_VALUE;
        for (AssistanceCategory category : person.categories()) {
            int assistanceClass = category == AssistanceCategory.ORPHAN
                    ? ORPHAN_CLASS
                    : assistance.categoryClasses().getOrDefault(category, 0);
            if (assistanceClass < best && assistance.classes().containsKey(assistanceClass)) {
                best = assistanceClass;
            }
        }
        return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
