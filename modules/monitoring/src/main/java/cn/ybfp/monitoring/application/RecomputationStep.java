package cn.ybfp.monitoring.application;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.monitoring.api.ScreenKind;
import cn.ybfp.monitoring.domain.AdmissionRateScreen;
import cn.ybfp.monitoring.domain.HighCostWarning;
import cn.ybfp.monitoring.domain.HighCostWarnings;
import cn.ybfp.monitoring.domain.MonitoredClaim;
import cn.ybfp.monitoring.domain.MonitoredClaims;
import cn.ybfp.monitoring.domain.ScreenFlag;
import cn.ybfp.monitoring.domain.WarningRule;
import cn.ybfp.register.api.InsuredPersons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One transaction of a {@link Recomputation}: the next people's claims of the year (warnings and per-person screens),
 * or the institutions' admission rates. A step that fails leaves the steps before it done and itself undone; the
 * next run does it again (the unique keys keep everything once).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RecomputationStep {

    /** Rows read per step: whole people, a few thousand of them. */
    static final int ROWS = 10_000;

    @Inject
    MonitoredClaims claims;

    @Inject
    HighCostWarnings warnings;

    @Inject
    WarningLedger ledger;

    @Inject
    ScreenRunner screens;

    @Inject
    WarningRuleService rules;

    @Inject
    InsuredPersons persons;

    /** What a step did: the last person it read (null: none was left), and its counts. */
    public record Done(Long lastPerson, long claims, long people, int warningsRaised, int flagsAdded) {}

    public Done people(int year, long afterPerson, LocalDate today) {
        List<MonitoredClaim> rows = claims.nextPeople(year, afterPerson, ROWS);
        if (rows.isEmpty()) {
            return new Done(null, 0, 0, 0, 0);
        }
        warnings.writeInBatches();
        long first = rows.get(0).personId();
        long last = rows.get(rows.size() - 1).personId();
        Map<Long, HighCostWarning> existing = warnings.ofPeople(year, first, last).stream()
                .collect(Collectors.toMap(HighCostWarning::personId, Function.identity()));
        Map<String, Optional<WarningRule>> ruleOf = new HashMap<>();
        Map<String, Integer> windowOf = new HashMap<>();
        Map<Long, List<MonitoredClaim>> byPerson = rows.stream()
                .collect(Collectors.groupingBy(
                        MonitoredClaim::personId, java.util.LinkedHashMap::new, Collectors.toList()));
        int raised = 0;
        List<ScreenFlag> found = new ArrayList<>();
        for (List<MonitoredClaim> person : byPerson.values()) {
            MonitoredClaim one = person.get(0);
            if (ledger.update(
                    person,
                    Optional.ofNullable(existing.get(one.personId())),
                    year,
                    today,
                    (region, y) -> ruleOf.computeIfAbsent(region, r -> rules.forRegion(r, y)))) {
                raised++;
            }
            Integer window = windowOf.computeIfAbsent(one.poolingRegion(), r -> screens.readmissionDays(one));
            found.addAll(ScreenRunner.flagsOf(person, window, today));
        }
        return new Done(last, rows.size(), byPerson.size(), raised, screens.record(found));
    }

    /** Per quarter begun by today: each county's institutions whose admission rate is far above its average. */
    public int rates(int year, LocalDate today) {
        List<ScreenFlag> found = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
            if (from.isAfter(today)) {
                break;
            }
            LocalDate to = from.plusMonths(3).minusDays(1);
            Map<String, List<AdmissionRateScreen.Admissions>> byCounty = new HashMap<>();
            claims.admissions(from, to)
                    .forEach(a -> byCounty.computeIfAbsent(a.countyCode(), c -> new ArrayList<>())
                            .add(new AdmissionRateScreen.Admissions(a.hospital(), a.admissions())));
            Map<String, Long> targets = targetsPerCounty(byCounty.keySet(), to.isBefore(today) ? to : today);
            String label = year + "Q" + quarter;
            byCounty.forEach((county, admissions) ->
                    found.addAll(rateFlags(county, admissions, targets.getOrDefault(county, 0L), year, label, today)));
        }
        return screens.record(found);
    }

    private List<ScreenFlag> rateFlags(
            String county,
            List<AdmissionRateScreen.Admissions> admissions,
            long targets,
            int year,
            String quarter,
            LocalDate today) {
        int percent = rules.forRegion(county.substring(0, 4) + "00", year)
                .map(r -> r.parameters().highRatePercent())
                .orElse(0);
        if (percent == 0) {
            return List.of();
        }
        return AdmissionRateScreen.screen(admissions, targets, percent).stream()
                .map(f -> ScreenFlag.ofInstitution(
                        ScreenKind.HIGH_ADMISSION_RATE,
                        county,
                        f.hospital(),
                        year,
                        quarter,
                        quarter + " 目标人群住院每千人 " + f.rate() + " 人次，本县医疗机构平均 " + f.average() + "（" + percent
                                + "% 为 "
                                + f.average()
                                        .multiply(BigDecimal.valueOf(percent))
                                        .movePointLeft(2)
                                        .setScale(2, RoundingMode.HALF_UP)
                                + "）",
                        today))
                .toList();
    }

    /** The target people of each county on a day (one reading per province). */
    private Map<String, Long> targetsPerCounty(Set<String> counties, LocalDate day) {
        Map<String, Long> count = new HashMap<>();
        counties.stream()
                .map(c -> c.substring(0, 2) + "0000")
                .distinct()
                .forEach(province -> persons.targets(new Jurisdiction(DivisionCode.of(province)), day)
                        .values()
                        .forEach(township -> count.merge(township.substring(0, 6), 1L, Long::sum)));
        return count;
    }
}
