package cn.ybfp.supervision.application;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.supervision.domain.MonitoringCounties;
import cn.ybfp.supervision.domain.MonitoringCounty;
import cn.ybfp.supervision.domain.SupervisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The province marks its 1–2 monitoring counties a year (医保发〔2021〕10号 五（十五））; a mark is undone by marking the
 * county again.
 */
@ApplicationScoped
public class MonitoringCountyService {

    @Inject
    MonitoringCounties counties;

    @Inject
    Clock clock;

    /** The codes of the year's monitoring counties. */
    @Transactional
    public List<String> of(int year) {
        return counties.of(year).stream().map(MonitoringCounty::county).toList();
    }

    /** Marks the county for the year, or takes the mark away when it is marked already. */
    @Transactional
    public void toggle(Caller caller, String county, int year) {
        Authority.toSupervise(caller);
        String code = DivisionCode.tryParse(county == null ? "" : county.strip())
                .filter(c ->
                        c.level() == DivisionLevel.COUNTY && caller.division().contains(c))
                .orElseThrow(() -> SupervisionException.of("county", "county.invalid"))
                .value();
        List<MonitoringCounty> marked = counties.of(year);
        var existing = marked.stream().filter(m -> m.county().equals(code)).findFirst();
        if (existing.isPresent()) {
            counties.remove(existing.get());
        } else if (marked.size() >= MonitoringCounty.PER_YEAR) {
            throw SupervisionException.of("county", "monitoring.full", MonitoringCounty.PER_YEAR);
        } else {
            counties.add(new MonitoringCounty(code, year, caller.username(), LocalDateTime.now(clock)));
        }
    }
}
