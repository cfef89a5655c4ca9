package cn.ybfp.monitoring.domain;

import java.util.List;
import java.util.Optional;

/** The province's monitoring parameters per region and year (a port). */
public interface WarningRules {

    void add(WarningRule rule);

    void flush();

    Optional<WarningRule> find(long id);

    Optional<WarningRule> of(String region, int year);

    List<WarningRule> ofYear(int year);
}
