package cn.ybfp.register.domain;

import cn.ybfp.kernel.AssistanceCategory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The write-off campaign's targets: people holding a category that the year's subsidy policy covers, and newborns
 * of such households, who are not enrolled and whose case is not closed.
 */
public interface WriteOffs {

    /** The targets inside {@code codePattern} (a LIKE prefix) that are still open, ordered by township and name. */
    List<Person> open(Target target, int offset, int limit);

    long countOpen(Target target);

    /** Per township: targets, enrolled, closed with a reason (and not enrolled). */
    Map<String, long[]> coverageByTownship(Target target);

    /**
     * Per township and subsidy type, the enrolled targets: township, {@code SubsidyType}, people, subsidy paid, how
     * many pay nothing themselves (the subsidy covers the contribution), how many are flagged as over-subsidised.
     */
    List<Object[]> subsidiesByTownship(Target target);

    boolean isOpen(Target target, long personId);

    WriteOffCase add(WriteOffCase closed);

    /**
     * What makes a target: where ({@code codePattern}), which year, the covered categories, the date the categories
     * are held on, and from which birth date a child of a target household counts as a newborn.
     */
    record Target(
            String codePattern,
            int year,
            Collection<AssistanceCategory> covered,
            LocalDate heldOn,
            LocalDate newbornSince) {}
}
