package cn.ybfp.claims.application;

import cn.ybfp.claims.api.SchemeField;
import cn.ybfp.claims.api.SchemeFieldName;
import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.domain.SchemeDefinitions;
import cn.ybfp.claims.domain.SchemeRecord;
import cn.ybfp.claims.domain.SchemeRecords;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.Refusal;
import cn.ybfp.kernel.schemes.SchemeBreach;
import cn.ybfp.kernel.schemes.SchemeGuard;
import cn.ybfp.register.api.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The province's schemes (待遇政策方案): everyone may read them; a province supervisor creates next year's by
 * copying one and editing its values. A stored scheme is never edited in place: claims settled under it keep
 * pointing at exactly the parameters that paid them.
 */
@ApplicationScoped
@Transactional
public class SchemeService {

    @Inject
    SchemeRecords records;

    /** The province's bounds on the schemes, where the supervision module offers them. */
    @Inject
    Instance<SchemeGuard> guards;

    @Inject
    DivisionDirectory divisions;

    @Inject
    cn.ybfp.claims.domain.SettledClaims claims;

    @Inject
    SchemeDefinitions definitions;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** A scheme as the portal shows it: the record, its parameters as labelled fields, and its history. */
    public record SchemeView(SchemeSummary record, List<SchemeField> fields, List<HistoryEntry> history) {}

    /** A stored scheme's header, as the list and the scheme's page show it. */
    public record SchemeSummary(String id, String name, int year, String region, String copiedFrom, String createdBy) {

        static SchemeSummary of(SchemeRecord r) {
            return new SchemeSummary(r.id(), r.name(), r.year(), r.region(), r.copiedFrom(), r.createdBy());
        }
    }

    /**
     * What the province enters when copying: the header and every parameter by path. {@code problems} holds the
     * refused fields (path → message) after a failed save.
     */
    public record SchemeForm(
            String sourceId,
            String id,
            String name,
            String year,
            String region,
            String basis,
            Map<String, String> values) {}

    public List<SchemeSummary> all() {
        return records.all().stream().map(SchemeSummary::of).toList();
    }

    public Optional<SchemeView> view(String id) {
        return records.find(id)
                .map(r -> new SchemeView(SchemeSummary.of(r), definitions.fields(r.definition()), records.history(id)));
    }

    /** The copy form, pre-filled for the following year. */
    public Optional<SchemeForm> copyOf(Caller caller, String sourceId) {
        Authority.toSetSchemes(caller);
        return records.find(sourceId).map(source -> {
            int next = source.year() + 1;
            return new SchemeForm(
                    source.id(),
                    source.id().replaceAll("\\d{4}$", "") + next,
                    source.name().replace(String.valueOf(source.year()), String.valueOf(next)),
                    String.valueOf(next),
                    source.region(),
                    basisOf(source),
                    definitions.values(source.definition()));
        });
    }

    /**
     * Creates the scheme and answers its id; refuses it whole, naming every wrong field, when anything is wrong.
     *
     * @throws SchemeFormException with the problems by field
     */
    public String create(Caller caller, SchemeForm form) {
        Authority.toSetSchemes(caller);
        SchemeRecord source = records.find(form.sourceId())
                .orElseThrow(() -> new SchemeFormException(Map.of("sourceId", problem("scheme.source"))));
        Map<String, Refusal> problems = new LinkedHashMap<>();
        checkHeader(caller, form, problems);
        String definition = definitions.edited(
                source.definition(),
                text(form.id()),
                text(form.name()),
                form.basis() == null ? "" : form.basis().strip(),
                form.values(),
                problems);
        if (problems.isEmpty()) {
            checkBounds(form, definition, problems);
        }
        if (!problems.isEmpty()) {
            throw new SchemeFormException(problems);
        }
        Scheme scheme;
        try {
            scheme = definitions.parse(definition);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new SchemeFormException(Map.of("definition", problem("scheme.definition", e.getMessage())));
        }
        SchemeRecord record = new SchemeRecord(
                scheme,
                definition,
                Integer.parseInt(form.year().strip()),
                form.region().strip(),
                source.id(),
                caller.username(),
                LocalDateTime.now(clock));
        records.add(record);
        return record.id();
    }

    /**
     * The province's bounds (the supervision module's guard): a floor breach refuses the scheme at its field; the
     * warnings are saved with it and signed off on the supervision page.
     */
    private void checkBounds(SchemeForm form, String definition, Map<String, Refusal> problems) {
        String region = form.region().strip();
        int year = Integer.parseInt(form.year().strip());
        Map<String, String> values = definitions.values(definition);
        Map<Integer, Map<String, String>> previous = valuesByYear(region);
        for (SchemeGuard guard : guards) {
            for (SchemeBreach breach : guard.check(region, year, values, previous)) {
                if (breach.floor()) {
                    problems.put(breach.path(), problem("scheme.bound", breach.clause(), breach.bound()));
                }
            }
        }
    }

    /** The parameters of a region's schemes, by year (for the bounds' "no sudden or repeated drops"). */
    public Map<Integer, Map<String, String>> valuesByYear(String region) {
        Map<Integer, Map<String, String>> byYear = new java.util.HashMap<>();
        records.all().stream()
                .filter(r -> r.region().equals(region))
                .forEach(r -> byYear.put(r.year(), definitions.values(r.definition())));
        return byYear;
    }

    private void checkHeader(Caller caller, SchemeForm form, Map<String, Refusal> problems) {
        String id = text(form.id());
        if (!id.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            problems.put("id", problem("scheme.id"));
        } else if (records.find(id).isPresent()) {
            problems.put("id", problem("scheme.idTaken", id));
        }
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 100) {
            problems.put("name", problem("scheme.name"));
        }
        Integer year = year(form.year());
        if (year == null) {
            problems.put("year", problem("scheme.year"));
        }
        Optional<DivisionCode> region = divisions.poolingRegion(caller, form.region());
        if (region.isEmpty()) {
            problems.put("region", problem("scheme.region"));
        } else if (year != null && records.exists(region.get().value(), year)) {
            problems.put("year", problem("scheme.yearTaken", String.valueOf(year)));
        } else if (year != null && claims.anySettled(region.get(), year)) {
            // claims of that year were paid under another scheme: a new one would change the rules mid-year
            problems.put("year", problem("scheme.yearSettled", String.valueOf(year)));
        }
    }

    private static Refusal problem(String key, Object... args) {
        return Refusal.of(SchemeFieldName.TEXTS, key, args);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static Integer year(String text) {
        try {
            int year = Integer.parseInt(text == null ? "" : text.strip());
            return year >= 2000 && year <= 2100 ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String basisOf(SchemeRecord source) {
        return definitions.parse(source.definition()).basis();
    }
}
