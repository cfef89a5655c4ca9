package cn.ybfp.booklets.application;

import cn.ybfp.booklets.api.ListRowOutcome;
import cn.ybfp.booklets.domain.BookletDisease;
import cn.ybfp.booklets.domain.Booklets;
import cn.ybfp.booklets.domain.BookletsException;
import cn.ybfp.booklets.domain.CatalogueEntry;
import cn.ybfp.booklets.domain.HealthListDisease;
import cn.ybfp.booklets.domain.HealthListRow.Comparison;
import cn.ybfp.booklets.domain.ListLine;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Refusal;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.tables.TableDates;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares a row of the health department's list with the county's register (云医保〔2020〕128号 二（四）: 通过…与卫生健康
 * 部门数据比对): a readable row whose person is in the county's register, by ID number and name, is a target person
 * (holding a category on the day) who may be recognised, unless a valid booklet already lists the disease; anything
 * else is said with its reason, in Chinese, as the feedback file gives it back.
 */
@ApplicationScoped
class HealthListComparison {

    /** The outcomes' texts, said for every row of a list: each made once. */
    private static final Map<String, String> CHINESE = new ConcurrentHashMap<>();

    @Inject
    InsuredPersons register;

    @Inject
    Booklets booklets;

    @Inject
    CatalogueInForce catalogue;

    /** A comparison of one upload: it remembers the rows seen, to tell a repeated row. */
    Compare of(Caller caller, LocalDate today) {
        return new Compare(Jurisdiction.of(caller), today);
    }

    /** The catalogue's covered entry for the person's disease on the day. */
    Optional<CatalogueEntry> covered(InsuredPerson person, LocalDate day, String code) {
        return catalogue.covered(person.poolingRegion(), day.getYear(), code);
    }

    /** A row that reads well, waiting for the chunk's register lookup. */
    private record Candidate(int index, ListLine line, ResidentId id, HealthListDisease disease, LocalDate diagnosed) {}

    /**
     * Compares a list chunk by chunk: each chunk's people and booklets are read in a few queries (a list of 200,000
     * rows would otherwise cost 400,000 lookups); the catalogue's answer is remembered per region and disease.
     */
    final class Compare {

        private final Jurisdiction area;
        private final LocalDate today;
        private final Set<String> seen = new HashSet<>();
        private final Map<String, Optional<CatalogueEntry>> catalogueSeen = new HashMap<>();

        private Compare(Jurisdiction area, LocalDate today) {
            this.area = area;
            this.today = today;
        }

        /** The comparison of each line, in the lines' order. */
        List<Comparison> rows(List<ListLine> lines) {
            Comparison[] found = new Comparison[lines.size()];
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                found[i] = read(i, lines.get(i), candidates);
            }
            Map<String, InsuredPerson> people = register.findByIdNumbers(
                    area, candidates.stream().map(c -> c.id().value()).toList(), today);
            Map<Long, Set<String>> held = heldOnValidBooklets(people.values());
            for (Candidate c : candidates) {
                InsuredPerson person = people.get(c.id().value());
                found[c.index()] =
                        person == null ? unknown(c) : matched(c, person, held.getOrDefault(person.id(), Set.of()));
            }
            return List.of(found);
        }

        /** The bad row's comparison, or null with the row added to the candidates. */
        private Comparison read(int index, ListLine line, List<Candidate> candidates) {
            Optional<HealthListDisease> disease = HealthListDisease.parse(line.disease());
            String reported = disease.map(HealthListDisease::reported).orElse(null);
            LocalDate diagnosed = date(line.diagnosedOn());
            ResidentId id;
            try {
                id = ResidentId.parse(line.idNumber() == null ? "" : line.idNumber());
            } catch (IllegalArgumentException e) {
                String typed = line.idNumber() == null ? "" : line.idNumber().strip();
                return bad(ResidentId.mask(typed), reported, diagnosed, "row.idNumber");
            }
            String problem = problem(line, disease, diagnosed, id);
            if (problem != null) {
                return bad(id.masked(), reported, diagnosed, problem);
            }
            candidates.add(new Candidate(index, line, id, disease.orElseThrow(), diagnosed));
            return null;
        }

        private String problem(ListLine line, Optional<HealthListDisease> disease, LocalDate diagnosed, ResidentId id) {
            if (line.name() == null || line.name().isBlank()) {
                return "row.name";
            }
            if (disease.isEmpty()) {
                return "row.disease";
            }
            if (line.institution() == null || line.institution().isBlank()) {
                return "row.institution";
            }
            if (diagnosed == null || diagnosed.isAfter(today)) {
                return "row.diagnosedOn";
            }
            return seen.add(id.value() + "/" + disease.get().reported()) ? null : "row.repeated";
        }

        /** The diseases each person's valid booklets list today. */
        private Map<Long, Set<String>> heldOnValidBooklets(Collection<InsuredPerson> people) {
            List<Long> ids = people.stream().map(InsuredPerson::id).toList();
            Map<Long, Long> holderOfValid = new HashMap<>();
            booklets.ofPersons(ids).stream()
                    .filter(b -> b.validOn(today))
                    .forEach(b -> holderOfValid.put(b.id(), b.personId()));
            Map<Long, Set<String>> held = new HashMap<>();
            for (BookletDisease listed : booklets.diseasesOfPersons(ids)) {
                Long holder = holderOfValid.get(listed.bookletId());
                if (holder != null) {
                    held.computeIfAbsent(holder, h -> new HashSet<>()).add(listed.disease());
                }
            }
            return held;
        }

        private Comparison unknown(Candidate c) {
            return outcome(ListRowOutcome.UNKNOWN_PERSON, "row.unknown", c, null);
        }

        private Comparison matched(Candidate c, InsuredPerson person, Set<String> held) {
            if (!person.name().equals(c.line().name().strip())) {
                return bad(c, "row.nameDiffers");
            }
            if (person.diedBefore(today)) {
                return bad(c, "row.deceased");
            }
            if (c.disease().codes().stream().anyMatch(held::contains)) {
                return outcome(ListRowOutcome.HOLDS_BOOKLET, null, c, person.id());
            }
            if (person.categories().isEmpty()) {
                return outcome(ListRowOutcome.NOT_TARGET, "row.notTarget", c, person.id());
            }
            if (c.disease().code().isEmpty()) {
                return bad(c, "row.group");
            }
            if (covered(person, c.disease().code().get()).isEmpty()) {
                return bad(c, "row.notCovered");
            }
            return outcome(ListRowOutcome.ELIGIBLE, null, c, person.id());
        }

        /** The catalogue's covered entry, asked once per pooling region and disease of a list. */
        Optional<CatalogueEntry> covered(InsuredPerson person, String code) {
            return catalogueSeen.computeIfAbsent(
                    person.poolingRegion().value() + "/" + code,
                    k -> HealthListComparison.this.covered(person, today, code));
        }

        private Comparison outcome(ListRowOutcome outcome, String reason, Candidate c, Long person) {
            return new Comparison(
                    outcome,
                    reason == null ? null : chinese(reason),
                    c.id().masked(),
                    c.disease().reported(),
                    c.diagnosed(),
                    person);
        }

        private Comparison bad(Candidate c, String reason) {
            return bad(c.id().masked(), c.disease().reported(), c.diagnosed(), reason);
        }

        private Comparison bad(String masked, String disease, LocalDate on, String reason) {
            return new Comparison(ListRowOutcome.BAD_ROW, chinese(reason), masked, disease, on, null);
        }
    }

    private static LocalDate date(String text) {
        return text == null ? null : TableDates.parse(text).orElse(null);
    }

    /** A text of the module's bundle in Chinese: the feedback file goes back to the health department as it is. */
    static String chinese(String key) {
        return CHINESE.computeIfAbsent(
                key, k -> Refusal.of(BookletsException.TEXTS, k).in(Locale.CHINESE));
    }
}
