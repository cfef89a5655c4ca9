package cn.ybfp.supervision.application;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.DivisionView;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.figures.ReportScope;
import cn.ybfp.supervision.api.ReportField;
import cn.ybfp.supervision.api.ReportStatus;
import cn.ybfp.supervision.domain.ReportFigures;
import cn.ybfp.supervision.domain.ReportPeriod;
import cn.ybfp.supervision.domain.StatisticalReport;
import cn.ybfp.supervision.domain.StatisticalReports;
import cn.ybfp.supervision.domain.SupervisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statistical reports (统计报表制度, 鲁医保发〔2019〕69号 三（六）): the monthly work information and the quarterly
 * report on policy delivery and spending, per county of the caller's area. A county's quarter that stands submitted
 * shows its frozen figures; the data's later corrections show on the next quarter as differences.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    LiveFigures live;

    @Inject
    StatisticalReports reports;

    @Inject
    DivisionDirectory divisions;

    @Inject
    MonitoringCountyService monitoring;

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    /**
     * Refuses, before a download's response starts, what the report would refuse: a township (403), another area's
     * county (404), a text that names no period (400). Cheap: it counts nothing.
     */
    public void requireReadable(Caller caller, String periodText, String county) {
        Authority.toReadReports(caller);
        period(periodText);
        within(caller, county);
    }

    /** The last finished quarter, which counties report now ({@code 2026-Q3} on 6 December 2026). */
    public String currentQuarter() {
        return ReportPeriod.lastQuarter(LocalDate.now(clock)).toString();
    }

    /**
     * The home page's line on the reports: the quarter counties report now, how many of its rounds wait for the
     * province, and where the caller's own county stands (null: not submitted; for the province always null).
     */
    public record Desk(String quarter, long awaitingReview, ReportStatus ownStatus) {}

    @Transactional
    public Desk desk(Caller caller) {
        Authority.toReadReports(caller);
        String quarter = currentQuarter();
        List<StatisticalReport> rounds = reports.ofPeriod(caller.division().prefix() + "%", quarter);
        long awaiting = rounds.stream()
                .filter(r -> r.status() == ReportStatus.SUBMITTED)
                .count();
        ReportStatus own = caller.division().level() == DivisionLevel.COUNTY && !rounds.isEmpty()
                ? rounds.get(0).status()
                : null;
        return new Desk(quarter, awaiting, own);
    }

    /**
     * The report of a period for the caller's area, or for one county of it ({@code county} blank: all).
     *
     * @throws SupervisionException at {@code period} when the text names no period
     */
    @Transactional
    public ReportView report(Caller caller, String periodText, String county) {
        return report(caller, periodText, county, false);
    }

    /**
     * The report, of the year's monitoring counties alone when {@code monitoredOnly} (医保发〔2021〕10号 五（十五））: the
     * total is then theirs.
     */
    @Transactional
    public ReportView report(Caller caller, String periodText, String county, boolean monitoredOnly) {
        Authority.toReadReports(caller);
        ReportPeriod period = period(periodText);
        DivisionCode within = within(caller, county);
        Map<String, String> counties = counties(caller, within);
        if (monitoredOnly) {
            counties.keySet().retainAll(monitoring.of(period.year()));
        }
        Map<String, ReportView.Round> standing = new LinkedHashMap<>();
        List<ReportView.Round> rounds = new ArrayList<>();
        Map<String, ReportFigures> figures = live.byCounty(scope(within, period));
        if (period.quarterly()) {
            for (StatisticalReport r : reports.ofPeriod(within.prefix() + "%", period.toString())) {
                ReportView.Round round = round(r, counties);
                rounds.add(round);
                if (r.stands() && !standing.containsKey(r.county())) {
                    standing.put(r.county(), round);
                    figures.put(r.county(), r.frozen());
                }
            }
        }
        List<ReportView.Row> rows = new ArrayList<>();
        rows.add(row(null, null, ReportFigures.sum(countiesOf(figures, counties)), null));
        counties.forEach((code, name) ->
                rows.add(row(code, name, figures.getOrDefault(code, new ReportFigures(Map.of())), standing.get(code))));
        return new ReportView(
                period.toString(),
                period.quarterly(),
                within.value(),
                rows,
                months(within, period),
                period.quarterly() ? corrections(within, period.previous(), counties) : List.of(),
                rounds);
    }

    private List<ReportView.Month> months(DivisionCode within, ReportPeriod period) {
        ReportScope year = scope(within, new ReportPeriod(period.year(), false, 1));
        Map<YearMonth, ReportFigures> byMonth =
                live.byMonth(new ReportScope(within, year.from(), period.to(), year.asOf()), "claims");
        List<ReportView.Month> months = new ArrayList<>();
        for (YearMonth m : period.monthsOfYear()) {
            ReportFigures f = byMonth.getOrDefault(m, new ReportFigures(Map.of()));
            months.add(new ReportView.Month(
                    m.toString(),
                    f.value(ReportField.BASIC),
                    f.value(ReportField.CRITICAL_ILLNESS),
                    f.value(ReportField.ASSISTANCE),
                    f.value(ReportField.TILTED),
                    f.value(ReportField.REASSISTANCE),
                    f.value(ReportField.SELF_PAY_SHARE)));
        }
        return months;
    }

    /** The previous quarter's standing rounds against what the same quarter counts now. */
    private List<ReportView.Correction> corrections(
            DivisionCode within, ReportPeriod previous, Map<String, String> counties) {
        List<StatisticalReport> standing = reports.ofPeriod(within.prefix() + "%", previous.toString()).stream()
                .filter(StatisticalReport::stands)
                .toList();
        if (standing.isEmpty()) {
            return List.of();
        }
        Map<String, ReportFigures> now = live.byCounty(scope(within, previous));
        List<ReportView.Correction> corrections = new ArrayList<>();
        for (StatisticalReport r : standing) {
            ReportFigures frozen = r.frozen();
            ReportFigures current = now.getOrDefault(r.county(), new ReportFigures(Map.of()));
            for (ReportField field : ReportField.values()) {
                BigDecimal was = frozen.value(field);
                BigDecimal is = current.value(field);
                if (!field.derived() && was.compareTo(is) != 0) {
                    corrections.add(new ReportView.Correction(r.county(), counties.get(r.county()), field, was, is));
                }
            }
        }
        return corrections;
    }

    ReportScope scope(DivisionCode within, ReportPeriod period) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = period.to().isBefore(today) ? period.to() : today;
        return new ReportScope(within, period.from(), period.to(), asOf);
    }

    static ReportPeriod period(String text) {
        return ReportPeriod.parse(text).orElseThrow(() -> SupervisionException.of("period", "period.invalid"));
    }

    /** The caller's division, or a county inside it; another area's county is not found (404). */
    private static DivisionCode within(Caller caller, String county) {
        if (county == null || county.isBlank()) {
            return caller.division();
        }
        Optional<DivisionCode> code = DivisionCode.tryParse(county.strip());
        if (code.isEmpty()
                || code.get().level() != DivisionLevel.COUNTY
                || !caller.division().contains(code.get())) {
            throw new RecordNotFoundException("county " + county);
        }
        return code.get();
    }

    /** The counties inside, by code, with their names. */
    private Map<String, String> counties(Caller caller, DivisionCode within) {
        Map<String, String> counties = new LinkedHashMap<>();
        for (DivisionView d : divisions.visibleTo(caller)) {
            if (d.level() == DivisionLevel.COUNTY && within.contains(d.code())) {
                counties.put(d.code().value(), d.name());
            }
        }
        return counties;
    }

    private static List<ReportFigures> countiesOf(Map<String, ReportFigures> figures, Map<String, String> counties) {
        return figures.entrySet().stream()
                .filter(e -> counties.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static ReportView.Row row(String code, String name, ReportFigures figures, ReportView.Round round) {
        Map<ReportField, BigDecimal> values = new EnumMap<>(ReportField.class);
        for (ReportField field : ReportField.values()) {
            values.put(field, figures.value(field));
        }
        return new ReportView.Row(code, name, values, round);
    }

    static ReportView.Round round(StatisticalReport r, Map<String, String> counties) {
        return new ReportView.Round(
                r.id(),
                r.county(),
                counties.getOrDefault(r.county(), r.county()),
                r.round(),
                r.status(),
                r.submittedBy(),
                r.submittedAt(),
                r.decidedBy(),
                r.decidedAt(),
                r.comment(),
                r.version());
    }
}
