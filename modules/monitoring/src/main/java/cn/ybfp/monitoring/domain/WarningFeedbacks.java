package cn.ybfp.monitoring.domain;

import java.util.List;
import java.util.Optional;

/** The uploaded feedback files (a port). */
public interface WarningFeedbacks {

    void add(WarningFeedback feedback);

    void flush();

    Optional<WarningFeedback> find(String countyPattern, long id);

    List<WarningFeedback> list(String countyPattern, int limit);
}
