package cn.ybfp.monitoring.domain;

import cn.ybfp.monitoring.api.WarningStatus;
import java.util.List;
import java.util.Optional;

/** The warnings and their pushes (a port). A {@code townshipPattern} is a jurisdiction's LIKE pattern. */
public interface HighCostWarnings {

    void add(HighCostWarning warning);

    void add(WarningPush push);

    /** Writes now, so that a second warning for the same person and year is refused here. */
    void flush();

    /** Writes the warnings added in this transaction in JDBC batches (a recomputation raises thousands). */
    void writeInBatches();

    Optional<HighCostWarning> find(String townshipPattern, long id);

    Optional<HighCostWarning> ofPersonYear(long personId, int year);

    /** The year's warnings in the area, in a status (null: any), newest first. */
    List<HighCostWarning> list(String townshipPattern, int year, WarningStatus status, int limit);

    /** The year's warnings of the people whose ids lie from {@code first} to {@code last}. */
    List<HighCostWarning> ofPeople(int year, long first, long last);

    /** Every warning of the year in the area, for the loop's counts. */
    List<HighCostWarning> ofYear(String townshipPattern, int year);

    /** The area's warnings waiting to be pushed, oldest first. */
    List<HighCostWarning> toPush(String townshipPattern);

    Optional<WarningPush> push(String countyPattern, long pushId);

    List<WarningPush> pushes(String countyPattern, int limit);

    List<HighCostWarning> ofPush(long pushId);
}
