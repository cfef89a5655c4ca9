package cn.ybfp.supervision.domain;

import java.util.List;
import java.util.Optional;

/** The submitted rounds. */
public interface StatisticalReports {

    /** Every round of the period for the counties under the pattern, latest round first per county. */
    List<StatisticalReport> ofPeriod(String likePattern, String period);

    Optional<StatisticalReport> find(String likePattern, long id);

    StatisticalReport add(StatisticalReport report);
}
