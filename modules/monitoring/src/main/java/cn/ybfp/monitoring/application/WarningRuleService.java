package cn.ybfp.monitoring.application;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.monitoring.api.WarningKind;
import cn.ybfp.monitoring.domain.MonitoringException;
import cn.ybfp.monitoring.domain.Parameters;
import cn.ybfp.monitoring.domain.WarningRule;
import cn.ybfp.monitoring.domain.WarningRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The province's monitoring parameters per pooling region and year: read by everyone, set by the province, made for a
 * new year by copying the last (like the settlement schemes).
 */
@ApplicationScoped
@Transactional
public class WarningRuleService {

    @Inject
    WarningRules rules;

    @Inject
    DivisionDirectory divisions;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** The parameters as the form shows and sends them (text, checked here). */
    public record RuleForm(
            String region,
            String year,
            String disposableIncome,
            String relapsePercent,
            String impoverishmentPercent,
            String feedbackDays,
            String readmissionDays,
            String highRatePercent) {}

    public record Rule(
            long id,
            String region,
            String regionName,
            int year,
            BigDecimal disposableIncome,
            int relapsePercent,
            int impoverishmentPercent,
            int feedbackDays,
            int readmissionDays,
            int highRatePercent,
            BigDecimal relapseThreshold,
            BigDecimal impoverishmentThreshold,
            String changedBy,
            LocalDateTime changedAt,
            long version) {}

    public List<Rule> ofYear(int year) {
        return rules.ofYear(year).stream().map(this::view).toList();
    }

    public Rule find(long id) {
        return rules.find(id).map(this::view).orElseThrow(() -> new RecordNotFoundException("warning rule " + id));
    }

    /**
     * The rule a region's claims of the year are watched under: its own, or the province's for every region. Every
     * settlement asks, and the province changes a rule a few times a year: an answer is kept for
     * {@value #KEEP_SECONDS} seconds (a change on this instance is seen at once, on another within that time).
     */
    Optional<WarningRule> forRegion(String region, int year) {
        String key = region + "/" + year;
        Kept answer = kept.get(key);
        if (answer == null || System.nanoTime() - answer.readAt() > KEEP_SECONDS * 1_000_000_000L) {
            answer = new Kept(
                    System.nanoTime(),
                    rules.of(region, year).or(() -> rules.of(region.substring(0, 2) + "0000", year)));
            kept.put(key, answer);
        }
        return answer.rule();
    }

    private static final long KEEP_SECONDS = 60;

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(long readAt, Optional<WarningRule> rule) {}

    /** A new region's rule; a region has one per year (a unique key). Answers its id. */
    public long add(Caller caller, RuleForm form) {
        Authority.toSetRules(caller);
        String region = divisions
                .poolingRegion(caller, form.region())
                .map(DivisionCode::value)
                .orElseThrow(() -> MonitoringException.of("region", "rule.region"));
        int year = FormValues.year(form.year(), "year", MonitoringException.label("year"));
        if (rules.of(region, year).isPresent()) {
            throw MonitoringException.of("region", "rule.exists", region, String.valueOf(year));
        }
        var rule = new WarningRule(region, year, parameters(form), caller.username(), now());
        try {
            rules.add(rule);
            rules.flush();
            kept.clear();
        } catch (PersistenceException e) {
            throw MonitoringException.of("region", "rule.exists", region, String.valueOf(year));
        }
        return rule.id();
    }

    public void change(Caller caller, long id, long version, RuleForm form) {
        Authority.toSetRules(caller);
        WarningRule rule = rules.find(id).orElseThrow(() -> new RecordNotFoundException("warning rule " + id));
        if (rule.version() != version) {
            throw MonitoringException.of(null, "stale");
        }
        rule.change(parameters(form), caller.username(), now());
        rules.flush();
        kept.clear();
    }

    /** Copies every region's rule of {@code from} to the next year, where that year has none yet. Answers how many. */
    public int copyToNextYear(Caller caller, int from) {
        Authority.toSetRules(caller);
        int made = 0;
        for (WarningRule rule : rules.ofYear(from)) {
            if (rules.of(rule.region(), from + 1).isEmpty()) {
                rules.add(new WarningRule(rule.region(), from + 1, rule.parameters(), caller.username(), now()));
                made++;
            }
        }
        if (made == 0) {
            throw MonitoringException.of(null, "rule.nothingToCopy", String.valueOf(from), String.valueOf(from + 1));
        }
        rules.flush();
        kept.clear();
        return made;
    }

    private static Parameters parameters(RuleForm form) {
        BigDecimal income = FormValues.money(
                form.disposableIncome(), "disposableIncome", MonitoringException.label("disposableIncome"));
        if (income.signum() <= 0) {
            throw MonitoringException.of("disposableIncome", "rule.income");
        }
        return new Parameters(
                income,
                whole(form.relapsePercent(), "relapsePercent", 1, 100),
                whole(form.impoverishmentPercent(), "impoverishmentPercent", 1, 100),
                whole(form.feedbackDays(), "feedbackDays", 1, 365),
                whole(form.readmissionDays(), "readmissionDays", 1, 90),
                whole(form.highRatePercent(), "highRatePercent", 100, 1000));
    }

    private static int whole(String value, String field, int min, int max) {
        return FormValues.whole(value, field, MonitoringException.label(field), min, max);
    }

    private Rule view(WarningRule rule) {
        Parameters p = rule.parameters();
        return new Rule(
                rule.id(),
                rule.region(),
                divisions.nameOf(DivisionCode.of(rule.region())),
                rule.year(),
                p.disposableIncome(),
                p.relapsePercent(),
                p.impoverishmentPercent(),
                p.feedbackDays(),
                p.readmissionDays(),
                p.highRatePercent(),
                rule.threshold(WarningKind.RELAPSE),
                rule.threshold(WarningKind.IMPOVERISHMENT),
                rule.changedBy(),
                rule.changedAt(),
                rule.version());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
