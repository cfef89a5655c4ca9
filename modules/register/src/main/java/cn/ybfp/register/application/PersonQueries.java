package cn.ybfp.register.application;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.PageOf;
import cn.ybfp.kernel.Role;
import cn.ybfp.kernel.Sex;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.PersonSearch;
import cn.ybfp.register.domain.AssistanceClassAsOf;
import cn.ybfp.register.domain.CategoryMembership;
import cn.ybfp.register.domain.Enrolment;
import cn.ybfp.register.domain.People;
import cn.ybfp.register.domain.Person;
import cn.ybfp.register.domain.PersonRecordView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What the register shows, always within the caller's jurisdiction; a supervisor's every view is recorded. */
@ApplicationScoped
@Transactional
public class PersonQueries {

    public static final int PAGE_SIZE = 20;
    /**
     * A search is counted up to this many people: nobody pages through more, a surname alone finds tens of thousands
     * in a county, and counting them all was most of such a search's time. The list says "more than" and asks for a
     * narrower search; the Excel export still has every row.
     */
    static final int COUNTED = 50 * PAGE_SIZE;

    private static final int EXPORT_BATCH = 500;

    @Inject
    People people;

    @Inject
    DivisionDirectory divisions;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    public PageOf<PersonSummary> search(Caller caller, PersonSearch search, int page) {
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        LocalDate today = LocalDate.now(clock);
        int current = Math.max(1, Math.min(page, COUNTED / PAGE_SIZE));
        List<PersonSummary> rows =
                people.search(jurisdiction, search, today, (current - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                        .map(p -> summary(p, today, search.year()))
                        .toList();
        long counted = people.count(jurisdiction, search, today, COUNTED + 1);
        return new PageOf<>(rows, current, PAGE_SIZE, Math.min(counted, COUNTED), counted > COUNTED);
    }

    /** Every row of the search, in batches, for the Excel export. */
    public void export(Caller caller, PersonSearch search, Consumer<PersonSummary> sink) {
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        LocalDate today = LocalDate.now(clock);
        for (int offset = 0; ; offset += EXPORT_BATCH) {
            List<Person> batch = people.search(jurisdiction, search, today, offset, EXPORT_BATCH);
            batch.forEach(p -> sink.accept(summary(p, today, search.year())));
            if (batch.size() < EXPORT_BATCH) {
                return;
            }
        }
    }

    /** The person page; empty when the person does not exist or lies outside the jurisdiction (the page says 404). */
    public Optional<PersonDetail> detail(Caller caller, long personId) {
        return detail(caller, personId, LocalDate.now(clock));
    }

    /** The person page with the class held on {@code asOf} (any date: the categories keep their history). */
    public Optional<PersonDetail> detail(Caller caller, long personId, LocalDate asOf) {
        Optional<Person> found = people.find(Jurisdiction.of(caller), personId);
        found.ifPresent(p -> {
            if (caller.role() == Role.PROVINCE_SUPERVISOR) {
                people.recordView(new PersonRecordView(p.id(), caller.username(), Instant.now(clock), "参保台账"));
            }
        });
        return found.map(p -> detail(p, asOf));
    }

    private PersonSummary summary(Person p, LocalDate today, int year) {
        return new PersonSummary(
                p.id(),
                p.residentId().masked(),
                p.name(),
                sexLabel(p.sex()),
                age(p, today),
                divisions.nameOf(p.township()),
                AssistanceClassAsOf.resolve(p.spans(), today)
                        .map(AssistanceClassAsOf.ClassResolution::assistanceClass)
                        .orElse(null),
                p.enrolments().stream()
                        .filter(e -> e.year() == year)
                        .findFirst()
                        .map(e -> e.status().name())
                        .orElse(EnrolmentStatus.NOT_ENROLLED.name()));
    }

    private PersonDetail detail(Person p, LocalDate asOf) {
        var household = people.members(p.householdId()).stream()
                .map(m -> new PersonDetail.Member(m.id(), m.residentId().masked(), m.name(), m.relationToHead()))
                .toList();
        var address = people.household(new Jurisdiction(p.township()), p.householdId())
                .map(h -> h.address())
                .orElse(null);
        return new PersonDetail(
                p.id(),
                p.residentId().value(),
                p.name(),
                p.phone(),
                p.birthDate(),
                sexLabel(p.sex()),
                age(p, LocalDate.now(clock)),
                p.township().value(),
                divisions.nameOf(p.township()),
                p.status(),
                p.statusDate(),
                p.householdId(),
                address,
                p.relationToHead(),
                household,
                p.memberships().stream().map(m -> membership(m, asOf)).toList(),
                classOn(p, asOf),
                p.enrolments().stream().map(PersonQueries::enrolment).toList(),
                people.history(p.id()),
                p.version());
    }

    private static PersonDetail.Membership membership(CategoryMembership m, LocalDate today) {
        return new PersonDetail.Membership(
                m.id(),
                m.category().name(),
                m.category().label(),
                m.department().name(),
                m.documentNumber(),
                m.validFrom(),
                m.validTo(),
                m.inForce() && m.span().heldOn(today),
                m.pendingBy());
    }

    private static PersonDetail.ClassOn classOn(Person p, LocalDate date) {
        return AssistanceClassAsOf.resolve(p.spans(), date)
                .map(r -> new PersonDetail.ClassOn(
                        date,
                        r.assistanceClass(),
                        r.decisive().category().label()
                                + (r.decisive().documentNumber() == null
                                        ? ""
                                        : "（" + r.decisive().documentNumber() + "）")
                                + (r.heldOnDate().size() > 1 ? "，多重身份就高" : "")))
                .orElse(new PersonDetail.ClassOn(date, null, "当日不属于任何救助类别"));
    }

    private static PersonDetail.EnrolmentRow enrolment(Enrolment e) {
        return new PersonDetail.EnrolmentRow(
                e.year(),
                e.status().name(),
                e.contributionDue(),
                e.subsidyType().name(),
                e.subsidyAmount(),
                e.paidDate(),
                e.overSubsidised());
    }

    private static int age(Person p, LocalDate today) {
        return Period.between(p.birthDate(), today).getYears();
    }

    private static String sexLabel(Sex sex) {
        return sex == Sex.MALE ? "男" : "女";
    }
}
