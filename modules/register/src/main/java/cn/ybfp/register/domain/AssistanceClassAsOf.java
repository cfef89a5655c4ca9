package cn.ybfp.register.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The assistance class a person holds on a date and why: of the categories held that day, the best (lowest-numbered)
 * class wins (具有多重身份的救助对象，按照就高不就低原则实施救助), and orphans count as class 1 (孤儿参照特困人员),
 * 吉政办发〔2022〕16号 二（一）、四（五）. Categories without a class of their own (建档立卡, 重度残疾, 稳定脱贫) give none here;
 * a settlement scheme may still give them one.
 */
public final class AssistanceClassAsOf {

    private AssistanceClassAsOf() {}

    /** The class and the category that decided it; empty when nothing held that day gives a class. */
    public static Optional<ClassResolution> resolve(Collection<CategorySpan> spans, LocalDate date) {
        List<CategorySpan> held = spans.stream().filter(s -> s.heldOn(date)).toList();
        return held.stream()
                .filter(s -> s.category().defaultClass().isPresent())
                .min(Comparator.comparingInt(
                                (CategorySpan s) -> s.category().defaultClass().getAsInt())
                        .thenComparing(CategorySpan::validFrom))
                .map(decisive ->
                        new ClassResolution(decisive.category().defaultClass().getAsInt(), decisive, held));
    }

    /** The outcome: the class, the category that gave it, and everything held that day (the "why"). */
    public record ClassResolution(int assistanceClass, CategorySpan decisive, List<CategorySpan> heldOnDate) {}
}
