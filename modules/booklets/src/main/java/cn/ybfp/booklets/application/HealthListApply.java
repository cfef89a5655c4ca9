package cn.ybfp.booklets.application;

import cn.ybfp.booklets.api.RecognitionSource;
import cn.ybfp.booklets.domain.BookletsException;
import cn.ybfp.booklets.domain.CatalogueEntry;
import cn.ybfp.booklets.domain.Diagnosis;
import cn.ybfp.booklets.domain.DiseaseCode;
import cn.ybfp.booklets.domain.HealthListRow;
import cn.ybfp.booklets.domain.Recognition;
import cn.ybfp.booklets.domain.Recognitions;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The apply of a health list, chunk by chunk ({@link HealthListService#apply}): each chunk's people read in one query,
 * a pending recognition started for each eligible row, or the one already waiting for that person and disease linked.
 */
final class HealthListApply {

    private final Recognitions recognitions;
    private final InsuredPersons register;
    private final HealthListComparison comparison;
    private final Jurisdiction area;
    private final LocalDate today;
    private final String by;
    private final LocalDateTime now;
    private final Map<String, Optional<CatalogueEntry>> catalogueSeen = new HashMap<>();
    /** The recognitions already waiting, by person and disease: a row for one of them is linked to it. */
    private final Map<String, Long> waiting = new HashMap<>();

    HealthListApply(
            Recognitions recognitions,
            InsuredPersons register,
            HealthListComparison comparison,
            Jurisdiction area,
            LocalDate today,
            String by,
            LocalDateTime now) {
        this.recognitions = recognitions;
        this.register = register;
        this.comparison = comparison;
        this.area = area;
        this.today = today;
        this.by = by;
        this.now = now;
    }

    void waiting(Recognition recognition) {
        waiting.putIfAbsent(recognition.personId() + "/" + recognition.disease(), recognition.id());
    }

    void chunk(List<HealthListRow> rows) {
        Set<Long> personIds = rows.stream().map(HealthListRow::personId).collect(Collectors.toSet());
        Map<Long, InsuredPerson> people = register.findAll(area, personIds, today);
        for (HealthListRow row : rows) {
            Long recognition = waiting.get(row.personId() + "/" + row.disease());
            row.started(
                    recognition != null
                            ? recognition
                            : start(people.get(row.personId()), row).id());
        }
    }

    private Recognition start(InsuredPerson person, HealthListRow row) {
        if (person == null) {
            throw BookletsException.of(null, "healthList.personGone", String.valueOf(row.lineNumber()));
        }
        CatalogueEntry entry = catalogueSeen
                .computeIfAbsent(
                        person.poolingRegion().value() + "/" + row.disease(),
                        k -> comparison.covered(person, today, row.disease()))
                .orElseThrow(() -> BookletsException.of(
                        null, "healthList.notCovered", String.valueOf(row.lineNumber()), row.disease()));
        Recognition recognition = new Recognition(
                RecognitionService.patient(person),
                new Diagnosis(
                        new DiseaseCode(row.disease()),
                        entry.name(),
                        entry.kind(),
                        row.institution(),
                        null,
                        row.diagnosedOn()),
                RecognitionSource.HEALTH_LIST,
                row.listId(),
                by,
                now);
        recognitions.add(recognition);
        return recognition;
    }
}
