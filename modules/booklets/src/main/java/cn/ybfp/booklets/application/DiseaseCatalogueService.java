package cn.ybfp.booklets.application;

import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.domain.CatalogueEntries;
import cn.ybfp.booklets.domain.CatalogueEntry;
import cn.ybfp.booklets.domain.DiseaseCode;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    /** Copies a catalogue to another year (and region, for a city that gets its own); the target must be empty. */
    public void copy(Caller caller, String fromRegion, int fromYear, String toRegion, String toYear) {
        Authority.toSetCatalogues(caller);
        List<CatalogueEntry> source = entries.of(fromRegion, fromYear);
        if (source.isEmpty()) {
            throw BookletsException.of(null, "catalogue.notFound");
        }
        String region = poolingRegion(caller, toRegion);
        int year = year(toYear);
        if (!entries.of(region, year).isEmpty()) {
            throw BookletsException.of("year", "catalogue.taken", region, String.valueOf(year));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        source.forEach(e -> entries.add(e.copyTo(region, year, caller.username(), now)));
    }

    /** Adds a disease, by its national code, to a region's catalogue of a year (the first one makes the catalogue). */
    public void add(Caller caller, String region, String year, String code, String name, String kind) {
        Authority.toSetCatalogues(caller);
        String poolingRegion = poolingRegion(caller, region);
        int catalogueYear = year(year);
        DiseaseCode disease = DiseaseCode.parse(code)
                .orElseThrow(() -> BookletsException.of("code", "entry.code", code == null ? "" : code));
        String named = name == null ? "" : name.strip();
        if (named.isEmpty() || named.length() > NAME_LENGTH) {
            throw BookletsException.of("name", "entry.name", String.valueOf(NAME_LENGTH));
        }
        if (entries.exists(poolingRegion, catalogueYear, disease.value())) {
            throw BookletsException.of("code", "entry.taken", disease.value());
        }
        entries.add(new CatalogueEntry(
                poolingRegion,
                catalogueYear,
                disease,
                named,
                kind(kind),
                true,
                caller.username(),
                LocalDateTime.now(clock)));
    }

    /** The region decides a disease's kind and coverage again; a form older than the entry is refused. */
    public void change(Caller caller, long id, long version, String kind, boolean covered) {
        Authority.toSetCatalogues(caller);
        CatalogueEntry entry = entries.find(id).orElseThrow(() -> BookletsException.of(null, "entry.notFound"));
        if (entry.version() != version) {
            throw BookletsException.of(null, "entry.stale", entry.code(), entry.changedBy());
        }
        entry.change(kind(kind), covered, caller.username(), LocalDateTime.now(clock));
    }

    /** A city or the province, inside the caller's jurisdiction. */
    private String poolingRegion(Caller caller, String typed) {
        return DivisionCode.tryParse(typed == null ? "" : typed.strip())
                .filter(c -> c.level() == DivisionLevel.PROVINCE || c.level() == DivisionLevel.CITY)
                .filter(c -> divisions.find(caller, c).isPresent())
                .map(DivisionCode::value)
                .orElseThrow(() -> BookletsException.of("region", "catalogue.region", typed == null ? "" : typed));
    }

    private static int year(String typed) {
        try {
            int year = Integer.parseInt(typed == null ? "" : typed.strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below, with the field's name
        }
        throw BookletsException.of("year", "catalogue.year", typed == null ? "" : typed);
    }

    private static DiseaseKind kind(String typed) {
        try {
            return DiseaseKind.valueOf(typed == null ? "" : typed);
        } catch (IllegalArgumentException e) {
            throw BookletsException.of("kind", "entry.kind");
        }
    }
}
