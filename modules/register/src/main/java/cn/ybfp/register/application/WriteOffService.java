package cn.ybfp.register.application;

import static cn.ybfp.kernel.FormValues.choice;
import static cn.ybfp.kernel.FormValues.optional;
import static cn.ybfp.kernel.FormValues.optionalDate;
import static cn.ybfp.register.application.RegisterException.label;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.DivisionView;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.kernel.PageOf;
import cn.ybfp.register.api.WriteOffReason;
import cn.ybfp.register.domain.CoverageRate;
import cn.ybfp.register.domain.People;
import cn.ybfp.register.domain.Person;
import cn.ybfp.register.domain.SubsidyPolicy;
import cn.ybfp.register.domain.WriteOffCase;
import cn.ybfp.register.domain.WriteOffs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Uninsured write-off (未参保销号, 鲁医保发〔2019〕69号 三（五）): every target person not enrolled in the year is a case
 * on the township's list until enrolled or closed with a reason; coverage is (enrolled + justified) ÷ targets.
 * Targets hold, on the reference date (today, or 31 December for a past year), a category whose class the year's
 * subsidy policy of their pooling region covers; a child born since 1 January of the year before into such a
 * household is a target too (新增一人、标识一人、参保一人, 云医保〔2020〕128号 二（二）).
 */
@ApplicationScoped
@Transactional
public class WriteOffService {

    private static final int PAGE_SIZE = 20;

    @Inject
    WriteOffs writeOffs;

    @Inject
    People people;

    @Inject
    DivisionDirectory divisions;

    @Inject
    RegisterCommands commands;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** One row of the to-do list: the ID number masked, and why the person is a target. */
    public record OpenCase(long personId, String maskedIdNumber, String name, String townshipName, String why) {}

    /** One row of the coverage table; {@code code} null for the total, {@code percent} null without targets. */
    public record Coverage(
            String code, String name, long targets, long enrolled, long justified, long open, BigDecimal percent) {}

    public PageOf<OpenCase> open(Caller caller, int year, int page) {
        int current = Math.max(1, page);
        List<OpenCase> rows = new ArrayList<>();
        long total = 0;
        int skip = (current - 1) * PAGE_SIZE;
        for (WriteOffs.Target target : targets(Jurisdiction.of(caller), year)) {
            long count = writeOffs.countOpen(target);
            if (skip < count && rows.size() < PAGE_SIZE) {
                writeOffs.open(target, skip, PAGE_SIZE - rows.size()).forEach(p -> rows.add(openCase(p, target)));
            }
            skip = (int) Math.max(0, skip - count);
            total += count;
        }
        return new PageOf<>(rows, current, PAGE_SIZE, total);
    }

    /** Closes a case: enrolled (recording the enrolment) or with a documented reason. */
    public void close(Caller caller, long personId, int year, String reasonText, String dateText, String noteText) {
        Jurisdiction scope = Authority.toChange(caller);
        Person person = people.find(scope, personId).orElseThrow(() -> RegisterException.of(null, "person.notFound"));
        WriteOffs.Target target = targetFor(person.township(), year)
                .filter(t -> writeOffs.isOpen(t, personId))
                .orElseThrow(() -> RegisterException.of(null, "writeOff.notOnList", String.valueOf(year)));
        WriteOffReason reason = choice(WriteOffReason.class, reasonText, "reason", label("reason"));
        LocalDate on = optionalDate(dateText, "closedOn", label("closedOn"));
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw RegisterException.of("closedOn", "writeOff.dateNotAfterToday");
        }
        String note = optional(noteText, "note", label("note"), 200);
        if (reason == WriteOffReason.OTHER && note == null) {
            throw RegisterException.of("note", "writeOff.noteRequired");
        }
        if (reason == WriteOffReason.ENROLLED) {
            commands.recordEnrolment(
                    caller, personId, new EnrolmentForm(Integer.toString(year), "ENROLLED", on.toString()));
        }
        writeOffs.add(new WriteOffCase(personId, year, reason, on, note, caller.username(), Instant.now(clock)));
    }

    /**
     * Coverage per division one level below the caller's own (townships for a county, counties for the province),
     * with the total first.
     */
    public List<Coverage> coverage(Caller caller, int year) {
        Map<String, long[]> byTownship = new java.util.HashMap<>();
        for (WriteOffs.Target target : targets(Jurisdiction.of(caller), year)) {
            writeOffs.coverageByTownship(target).forEach(byTownship::put);
        }
        List<DivisionView> visible = divisions.visibleTo(caller);
        DivisionLevel rowLevel = switch (caller.division().level()) {
            case PROVINCE, CITY -> DivisionLevel.COUNTY;
            default -> DivisionLevel.TOWNSHIP;
        };
        List<Coverage> rows = new ArrayList<>();
        rows.add(coverage(null, "合计", sum(byTownship, caller.division())));
        visible.stream()
                .filter(d -> d.level() == rowLevel)
                .forEach(d -> rows.add(coverage(d.code().value(), d.name(), sum(byTownship, d.code()))));
        return rows;
    }

    private static long[] sum(Map<String, long[]> byTownship, DivisionCode within) {
        long[] total = new long[3];
        byTownship.forEach((code, counts) -> {
            if (within.contains(DivisionCode.of(code))) {
                for (int i = 0; i < 3; i++) {
                    total[i] += counts[i];
                }
            }
        });
        return total;
    }

    private static Coverage coverage(String code, String name, long[] counts) {
        long targets = counts[0];
        long open = targets - counts[1] - counts[2];
        return new Coverage(
                code, name, targets, counts[1], counts[2], open, CoverageRate.percent(counts[1] + counts[2], targets));
    }

    private OpenCase openCase(Person p, WriteOffs.Target target) {
        boolean holds =
                p.spans().stream().anyMatch(s -> target.covered().contains(s.category()) && s.heldOn(target.heldOn()));
        String why = holds
                ? p.spans().stream()
                        .filter(s ->
                                s.heldOn(target.heldOn()) && target.covered().contains(s.category()))
                        .map(s -> s.category().label())
                        .findFirst()
                        .orElse("")
                : "新生儿（户内有救助对象）";
        return new OpenCase(p.id(), p.residentId().masked(), p.name(), divisions.nameOf(p.township()), why);
    }

    /** One target per pooling region (city) of the jurisdiction that has a policy for the year. */
    List<WriteOffs.Target> targets(Jurisdiction jurisdiction, int year) {
        List<WriteOffs.Target> targets = new ArrayList<>();
        for (DivisionCode region : poolingRegions()) {
            String pattern = narrower(jurisdiction.root(), region);
            if (pattern != null) {
                target(region, pattern, year).ifPresent(targets::add);
            }
        }
        return targets;
    }

    /** Whether the person's case of the year is on the list today (the demo closes only what a clerk would see). */
    boolean isOpen(DivisionCode township, long personId, int year) {
        return targetFor(township, year)
                .filter(t -> writeOffs.isOpen(t, personId))
                .isPresent();
    }

    private Optional<WriteOffs.Target> targetFor(DivisionCode township, int year) {
        return target(Authority.poolingRegionOf(township), township.value() + "%", year);
    }

    private Optional<WriteOffs.Target> target(DivisionCode region, String pattern, int year) {
        return people.policy(year, region)
                .map(policy -> new WriteOffs.Target(
                        pattern, year, covered(policy), referenceDate(year), LocalDate.of(year - 1, 1, 1)));
    }

    private LocalDate referenceDate(int year) {
        LocalDate today = LocalDate.now(clock);
        return year >= today.getYear() ? today : LocalDate.of(year, 12, 31);
    }

    private static List<AssistanceCategory> covered(SubsidyPolicy policy) {
        return Arrays.stream(AssistanceCategory.values())
                .filter(c -> c.defaultClass().isPresent()
                        && policy.covers(OptionalInt.of(c.defaultClass().getAsInt())))
                .toList();
    }

    /** The pooling regions (cities) that have townships. */
    private List<DivisionCode> poolingRegions() {
        return divisions.townshipCodes().stream()
                .map(c -> Authority.poolingRegionOf(DivisionCode.of(c)))
                .distinct()
                .sorted()
                .toList();
    }

    /** The LIKE pattern of the smaller of the two divisions when one contains the other; null when apart. */
    private static String narrower(DivisionCode a, DivisionCode b) {
        if (a.contains(b)) {
            return b.prefix() + "%";
        }
        return b.contains(a) ? a.prefix() + "%" : null;
    }
}
