package cn.ybfp.monitoring.application;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
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
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The full recomputation of a year's warnings and screens from the claims monitoring keeps: what the listeners did
 * claim by claim, done again for everyone (after the province changes a year's parameters, and each night), plus the
 * institutions' admission rates per quarter. It raises what is due and not raised, withdraws what is no longer due,
 * and records the flags not recorded; it never records anything twice (the unique keys).
 */
@ApplicationScoped
@Transactional
public class Recomputation {

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

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public record Result(int year, long claims, long people, int warningsRaised, int flagsAdded, Duration took) {}

    /** The province recomputes a year (after changing its parameters). */
    public Result recompute(Caller caller, int year) {
        Authority.toSetRules(caller);
        return run(year);
    }

    /** The nightly job's recomputation of a year, for nobody's jurisdiction. */
    public Result run(int year) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        Map<Long, HighCostWarning> existing = warnings.ofYear("%", year).stream()
                .collect(Collectors.toMap(HighCostWarning::personId, Function.identity()));
        Map<String, Optional<WarningRule>> ruleOf = new HashMap<>();
        Map<String, Integer> windowOf = new HashMap<>();
        var walk = new Object() {
            final List<MonitoredClaim> person = new ArrayList<>();
            final List<ScreenFlag> found = new ArrayList<>();
            long claims;
            long people;
            int raised;

            void add(MonitoredClaim claim) {
                if (!person.isEmpty() && person.get(0).personId() != claim.personId()) {
                    finish();
                }
                person.add(claim);
                claims++;
            }

            void finish() {
                if (person.isEmpty()) {
                    return;
                }
                MonitoredClaim first = person.get(0);
                people++;
                if (ledger.update(
                        person,
                        Optional.ofNullable(existing.get(first.personId())),
                        year,
                        today,
                        (region, y) -> ruleOf.computeIfAbsent(region, r -> rules.forRegion(r, y)))) {
                    raised++;
                }
                Integer window = windowOf.computeIfAbsent(first.poolingRegion(), r -> screens.readmissionDays(first));
                found.addAll(ScreenRunner.flagsOf(person, window, today));
                person.clear();
            }
        };
        claims.forEachOfYear(year, walk::add);
        walk.finish();
        walk.found.addAll(rateFlags(year, today));
        int flagged = screens.record(walk.found);
        return new Result(
                year, walk.claims, walk.people, walk.raised, flagged, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Per quarter begun by today: each county's institutions whose admission rate is far above its average. */
    private List<ScreenFlag> rateFlags(int year, LocalDate today) {
        List<ScreenFlag> found = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
            if (from.isAfter(today)) {
                break;
            }
            LocalDate to = from.plusMonths(3).minusDays(1);
            String label = year + "Q" + quarter;
            Map<String, List<AdmissionRateScreen.Admissions>> byCounty = new HashMap<>();
            claims.admissions(from, to)
                    .forEach(a -> byCounty.computeIfAbsent(a.countyCode(), c -> new ArrayList<>())
                            .add(new AdmissionRateScreen.Admissions(a.hospital(), a.admissions())));
            Map<String, Long> targets = targetsPerCounty(byCounty.keySet(), to.isBefore(today) ? to : today);
            byCounty.forEach((county, admissions) -> {
                int percent = rules.forRegion(county.substring(0, 4) + "00", year)
                        .map(r -> r.parameters().highRatePercent())
                        .orElse(0);
                if (percent == 0) {
                    return;
                }
                for (var f : AdmissionRateScreen.screen(admissions, targets.getOrDefault(county, 0L), percent)) {
                    found.add(ScreenFlag.ofInstitution(
                            ScreenKind.HIGH_ADMISSION_RATE,
                            county,
                            f.hospital(),
                            year,
                            label,
                            label + " 目标人群住院每千人 " + f.rate() + " 人次，本县医疗机构平均 " + f.average() + "（"
                                    + percent + "% 为 "
                                    + f.average()
                                            .multiply(java.math.BigDecimal.valueOf(percent))
                                            .movePointLeft(2)
                                            .setScale(2, java.math.RoundingMode.HALF_UP)
                                    + "）",
                            today));
                }
            });
        }
        return found;
    }

    /** The target people of each county on a day (one reading per province). */
    private Map<String, Long> targetsPerCounty(java.util.Set<String> counties, LocalDate day) {
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
