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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a row of the health department's list with the county's register (云医保〔2020〕128号 二（四）: 通过…与卫生健康
 * 部门数据比对): a readable row whose person is in the county's register, by ID number and name, is a target person
 * (holding a category on the day) who may be recognised, unless a valid booklet already lists the disease; anything
 * else is said with its reason, in Chinese, as the feedback file gives it back.
 */
@ApplicationScoped
class HealthListComparison {

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

    final class Compare {

        private final Jurisdiction area;
        private final LocalDate today;
        private final Set<String> seen = new HashSet<>();

        private Compare(Jurisdiction area, LocalDate today) {
            this.area = area;
            this.today = today;
        }

        Comparison row(ListLine line) {
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
            return matched(line, id, disease.orElseThrow(), reported, diagnosed);
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

        private Comparison matched(
                ListLine line, ResidentId id, HealthListDisease disease, String reported, LocalDate diagnosed) {
            Optional<InsuredPerson> found = register.findByIdNumber(area, id.value(), today);
            if (found.isEmpty()) {
                return outcome(ListRowOutcome.UNKNOWN_PERSON, "row.unknown", id, reported, diagnosed, null);
            }
            InsuredPerson person = found.get();
            if (!person.name().equals(line.name().strip())) {
                return bad(id.masked(), reported, diagnosed, "row.nameDiffers");
            }
            if (person.diedBefore(today)) {
                return bad(id.masked(), reported, diagnosed, "row.deceased");
            }
            if (holds(person.id(), disease.codes())) {
                return outcome(ListRowOutcome.HOLDS_BOOKLET, null, id, reported, diagnosed, person.id());
            }
            if (person.categories().isEmpty()) {
                return outcome(ListRowOutcome.NOT_TARGET, "row.notTarget", id, reported, diagnosed, person.id());
            }
            if (disease.code().isEmpty()) {
                return bad(id.masked(), reported, diagnosed, "row.group");
            }
            if (covered(person, today, disease.code().get()).isEmpty()) {
                return bad(id.masked(), reported, diagnosed, "row.notCovered");
            }
            return outcome(ListRowOutcome.ELIGIBLE, null, id, reported, diagnosed, person.id());
        }

        private boolean holds(long personId, List<String> codes) {
            for (BookletDisease listed : booklets.diseasesOfPerson(personId)) {
                if (codes.contains(listed.disease())
                        && booklets.find(listed.bookletId())
                                .filter(b -> b.validOn(today))
                                .isPresent()) {
                    return true;
                }
            }
            return false;
        }

        private Comparison outcome(
                ListRowOutcome outcome, String reason, ResidentId id, String disease, LocalDate on, Long person) {
            return new Comparison(outcome, reason == null ? null : chinese(reason), id.masked(), disease, on, person);
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
        return Refusal.of(BookletsException.TEXTS, key).in(Locale.CHINESE);
    }
}
