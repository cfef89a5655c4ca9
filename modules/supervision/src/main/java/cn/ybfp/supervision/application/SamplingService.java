package cn.ybfp.supervision.application;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.sampling.Decision;
import cn.ybfp.kernel.sampling.DecisionSource;
import cn.ybfp.supervision.api.DecisionKind;
import cn.ybfp.supervision.api.SampleFinding;
import cn.ybfp.supervision.api.SampleMethod;
import cn.ybfp.supervision.domain.DecisionSample;
import cn.ybfp.supervision.domain.RectificationItem;
import cn.ybfp.supervision.domain.Rectifications;
import cn.ybfp.supervision.domain.SampleDraw;
import cn.ybfp.supervision.domain.SampleItem;
import cn.ybfp.supervision.domain.Samples;
import cn.ybfp.supervision.domain.SupervisionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The province's samples of a county's decisions (抽查) and the finding on each drawn decision; a problem becomes an
 * item of the rectification ledger with its deadline (demo 30 days, {@code supervision.rectification-days}).
 */
@ApplicationScoped
public class SamplingService {

    private static final int MAX_SIZE = 100;
    private static final String DEFAULT_OWNER = "县级医保经办机构";

    @Inject
    Instance<DecisionSource> sources;

    @Inject
    Samples samples;

    @Inject
    Rectifications rectifications;

    @Inject
    DivisionDirectory divisions;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "supervision.rectification-days", defaultValue = "30")
    int rectificationDays;

    private final SecureRandom seeds = new SecureRandom();

    /** A sample as the list shows it. */
    public record SampleSummary(
            long id,
            String county,
            String countyName,
            LocalDate from,
            LocalDate to,
            String kinds,
            SampleMethod method,
            int size,
            long seed,
            int population,
            Long recheckOf,
            String drawnBy,
            LocalDateTime drawnAt) {

        /** How many decisions the sample holds: the size asked for, or the whole population when smaller. */
        public int drawn() {
            return Math.min(size, population);
        }
    }

    /** A drawn decision and its finding; {@code rectificationId} is the ledger item a problem became. */
    public record ItemView(
            long id,
            DecisionKind kind,
            String reference,
            String summary,
            BigDecimal amount,
            LocalDate decidedOn,
            String decidedBy,
            String path,
            SampleFinding finding,
            String clause,
            String note,
            String foundBy,
            LocalDateTime foundAt,
            long version,
            Long rectificationId) {}

    public record SampleDetail(SampleSummary sample, List<ItemView> items) {}

    /** What to draw: a county, a period, the kinds, how and how many. */
    public record DrawRequest(
            String county, LocalDate from, LocalDate to, Set<DecisionKind> kinds, SampleMethod method, int size) {}

    /** Draws a sample with a new seed and stores it with its decisions; answers its id. */
    @Transactional
    public long draw(Caller caller, DrawRequest request) {
        Authority.toSupervise(caller);
        DivisionCode county = county(caller, request.county());
        if (request.from() == null || request.to() == null || request.from().isAfter(request.to())) {
            throw SupervisionException.of("from", "period.range");
        }
        if (request.size() < 1 || request.size() > MAX_SIZE) {
            throw SupervisionException.of("size", "size.range");
        }
        if (request.kinds() == null || request.kinds().isEmpty()) {
            throw SupervisionException.of("kinds", "kinds.required");
        }
        return store(caller, county.value(), request, null).id();
    }

    /** Draws a re-check of a county ("回头看"): the same kind, the three months before today, at random. */
    DecisionSample recheck(Caller caller, String county, DecisionKind kind, long itemId) {
        LocalDate today = LocalDate.now(clock);
        var request = new DrawRequest(county, today.minusMonths(3), today, Set.of(kind), SampleMethod.RANDOM, 5);
        return store(caller, county, request, itemId);
    }

    private DecisionSample store(Caller caller, String county, DrawRequest request, Long recheckOf) {
        List<Decision> population = population(county, request);
        if (population.isEmpty()) {
            throw SupervisionException.of("county", "population.empty");
        }
        long seed = seeds.nextLong();
        DecisionSample sample = samples.add(new DecisionSample(
                county,
                request.from(),
                request.to(),
                request.kinds(),
                request.method(),
                request.size(),
                seed,
                population.size(),
                recheckOf,
                caller.username(),
                LocalDateTime.now(clock)));
        for (Decision d : SampleDraw.draw(population, request.method(), request.size(), seed)) {
            samples.addItem(new SampleItem(sample.id(), county, d));
        }
        return sample;
    }

    private List<Decision> population(String county, DrawRequest request) {
        Set<String> kinds = request.kinds().stream().map(Enum::name).collect(Collectors.toSet());
        List<Decision> population = new ArrayList<>();
        for (DecisionSource source : sources) {
            if (kinds.contains(source.kind())) {
                population.addAll(source.decisions(county, request.from(), request.to()));
            }
        }
        return population;
    }

    /** Whether the stored seed over today's decisions of the sample's period picks the same decisions again. */
    @Transactional
    public boolean reproduces(Caller caller, long id) {
        Authority.toSupervise(caller);
        DecisionSample s = visible(caller, id);
        var request = new DrawRequest(s.county(), s.from(), s.to(), s.kinds(), s.method(), s.size());
        List<String> again = SampleDraw.draw(population(s.county(), request), s.method(), s.size(), s.seed()).stream()
                .map(d -> d.kind() + d.id())
                .toList();
        return again.equals(samples.items(id).stream()
                .map(i -> i.kind().name() + i.decisionId())
                .toList());
    }

    /** The samples of the caller's area, newest first (a county sees those of its own decisions). */
    @Transactional
    public List<SampleSummary> list(Caller caller) {
        Authority.toReadReports(caller);
        return samples.list(Jurisdiction.of(caller).likePattern()).stream()
                .map(this::summary)
                .toList();
    }

    @Transactional
    public SampleDetail detail(Caller caller, long id) {
        Authority.toReadReports(caller);
        DecisionSample sample = visible(caller, id);
        List<ItemView> items = samples.items(id).stream().map(this::item).toList();
        return new SampleDetail(summary(sample), items);
    }

    /**
     * Records the province's finding on a drawn decision; a problem (with its clause) becomes a ledger item for the
     * county, due in {@code supervision.rectification-days}, with its owner.
     */
    @Transactional
    public void find(
            Caller caller, long itemId, long version, SampleFinding finding, String clause, String note, String owner) {
        Authority.toSupervise(caller);
        SampleItem item = samples.findItem(Jurisdiction.of(caller).likePattern(), itemId)
                .orElseThrow(() -> new RecordNotFoundException("sample item " + itemId));
        if (item.version() != version) {
            throw SupervisionException.of(null, "stale");
        }
        item.find(finding, clause, note, caller.username(), LocalDateTime.now(clock));
        if (finding == SampleFinding.PROBLEM) {
            String problem = item.reference() + " " + (item.note() == null ? item.clause() : item.note());
            rectifications.add(new RectificationItem(
                    item.county(),
                    item.id(),
                    problem.length() > 500 ? problem.substring(0, 500) : problem,
                    item.clause(),
                    LocalDate.now(clock),
                    rectificationDays,
                    owner == null || owner.isBlank() ? DEFAULT_OWNER : owner.strip()));
        }
    }

    private DecisionSample visible(Caller caller, long id) {
        return samples.find(Jurisdiction.of(caller).likePattern(), id)
                .orElseThrow(() -> new RecordNotFoundException("sample " + id));
    }

    private DivisionCode county(Caller caller, String text) {
        return DivisionCode.tryParse(text == null ? "" : text.strip())
                .filter(c ->
                        c.level() == DivisionLevel.COUNTY && caller.division().contains(c))
                .orElseThrow(() -> SupervisionException.of("county", "county.invalid"));
    }

    private SampleSummary summary(DecisionSample s) {
        return new SampleSummary(
                s.id(),
                s.county(),
                divisions.nameOf(DivisionCode.of(s.county())),
                s.from(),
                s.to(),
                s.kinds().stream().map(DecisionKind::label).collect(Collectors.joining("、")),
                s.method(),
                s.size(),
                s.seed(),
                s.population(),
                s.recheckOf(),
                s.drawnBy(),
                s.drawnAt());
    }

    private ItemView item(SampleItem i) {
        return new ItemView(
                i.id(),
                i.kind(),
                i.reference(),
                i.summary(),
                i.amount(),
                i.decidedOn(),
                i.decidedBy(),
                i.path(),
                i.finding(),
                i.clause(),
                i.note(),
                i.foundBy(),
                i.foundAt(),
                i.version(),
                rectifications.ofSampleItem(i.id()).map(RectificationItem::id).orElse(null));
    }
}
