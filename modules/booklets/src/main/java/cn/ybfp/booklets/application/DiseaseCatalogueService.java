package cn.ybfp.booklets.application;

import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.domain.BookletsException;
import cn.ybfp.booklets.domain.CatalogueEntries;
import cn.ybfp.booklets.domain.CatalogueEntry;
import cn.ybfp.booklets.domain.DiseaseCode;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.FormValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The disease catalogues (门诊慢特病病种目录) per pooling region and year: everyone reads them; the province makes a
 * year by copying one, adds diseases by their national code and decides each one's kind and coverage.
 */
@ApplicationScoped
@Transactional
public class DiseaseCatalogueService {

    private static final int NAME_LENGTH = 60;

    @Inject
    CatalogueEntries entries;

    @Inject
    DivisionDirectory divisions;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** A catalogue in the list: region, year and how many diseases it covers of each kind. */
    public record Catalogue(String region, String regionName, int year, long chronic, long special, long notCovered) {}

    /** A disease of a catalogue, as the page shows it; {@code version} for the change form. */
    public record Entry(
            long id,
            String code,
            String name,
            DiseaseKind kind,
            boolean covered,
            String changedBy,
            LocalDateTime changedAt,
            long version) {}

    public List<Catalogue> catalogues() {
        return entries.catalogues().stream()
                .map(c -> new Catalogue(
                        c.region(),
                        divisions.nameOf(DivisionCode.of(c.region())),
                        c.year(),
                        c.chronic(),
                        c.special(),
                        c.notCovered()))
                .toList();
    }

    public List<Entry> entries(String region, int year) {
        return entries.of(region, year).stream()
                .map(e -> new Entry(
                        e.id(), e.code(), e.name(), e.kind(), e.covered(), e.changedBy(), e.changedAt(), e.version()))
                .toList();
    }

    /** A catalogue's region and year, as a change wrote it: where the page goes next. */
    public record CatalogueKey(String region, int year) {}

    /** Copies a catalogue to another year (and region, for a city that gets its own); the target must be empty. */
    public CatalogueKey copy(Caller caller, String fromRegion, int fromYear, String toRegion, String toYear) {
        Authority.toSetCatalogues(caller);
        List<CatalogueEntry> source = entries.of(fromRegion, fromYear);
        if (source.isEmpty()) {
            throw BookletsException.of(null, "catalogue.notFound");
        }
        CatalogueKey target = new CatalogueKey(poolingRegion(caller, toRegion), year(toYear));
        BookletsException taken =
                BookletsException.of("year", "catalogue.taken", target.region(), String.valueOf(target.year()));
        if (!entries.of(target.region(), target.year()).isEmpty()) {
            throw taken;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        source.forEach(e -> entries.add(e.copyTo(target.region(), target.year(), caller.username(), now)));
        flushOr(taken); // a copy made meanwhile by another supervisor
        return target;
    }

    /** Adds a disease, by its national code, to a region's catalogue of a year (the first one makes the catalogue). */
    public CatalogueKey add(Caller caller, String region, String year, String code, String name, String kind) {
        Authority.toSetCatalogues(caller);
        CatalogueKey target = new CatalogueKey(poolingRegion(caller, region), year(year));
        DiseaseCode disease = DiseaseCode.typed(code, "code");
        String named = FormValues.text(name, "name", BookletsException.label("name"), NAME_LENGTH);
        DiseaseKind chosen = FormValues.choice(DiseaseKind.class, kind, "kind", BookletsException.label("kind"));
        BookletsException taken = BookletsException.of("code", "entry.taken", disease.value());
        if (entries.exists(target.region(), target.year(), disease.value())) {
            throw taken;
        }
        entries.add(new CatalogueEntry(
                target.region(),
                target.year(),
                disease,
                named,
                chosen,
                true,
                caller.username(),
                LocalDateTime.now(clock)));
        flushOr(taken); // the same disease added meanwhile by another supervisor
        return target;
    }

    /**
     * The region decides a disease of its catalogue again; an entry of another catalogue than the page's, or of a
     * region outside the caller's jurisdiction, is not found, and a form older than the entry (read before, or changed while this one was saved) is refused.
     */
    public CatalogueKey change(
            Caller caller, String region, int year, long id, long version, String kind, boolean covered) {
        Authority.toSetCatalogues(caller);
        CatalogueEntry entry = entries.find(id)
                .filter(e -> e.region().equals(region) && e.year() == year)
                .filter(e -> divisions.poolingRegion(caller, e.region()).isPresent())
                .orElseThrow(() -> BookletsException.of(null, "entry.notFound"));
        BookletsException stale = BookletsException.of(null, "entry.stale", entry.code(), entry.changedBy());
        if (entry.version() != version) {
            throw stale;
        }
        DiseaseKind chosen = FormValues.choice(DiseaseKind.class, kind, "kind", BookletsException.label("kind"));
        entry.change(chosen, covered, caller.username(), LocalDateTime.now(clock));
        flushOr(stale);
        return new CatalogueKey(entry.region(), entry.year());
    }

    /** Writes now, so that a clash with another supervisor's change is refused here, not at commit as a 500. */
    private void flushOr(BookletsException refusal) {
        try {
            entries.flush();
        } catch (PersistenceException e) { // the unique key, or the version (OptimisticLockException)
            throw refusal;
        }
    }

    /** A city or the province, inside the caller's jurisdiction. */
    private String poolingRegion(Caller caller, String typed) {
        return divisions
                .poolingRegion(caller, typed)
                .map(DivisionCode::value)
                .orElseThrow(() -> BookletsException.of("region", "catalogue.region", typed(typed)));
    }

    /** What was typed, for a refusal that repeats it. */
    private static String typed(String value) {
        return value == null ? "" : value.strip();
    }

    private static int year(String typed) {
        return FormValues.year(typed, "year", BookletsException.label("year"));
    }
}
