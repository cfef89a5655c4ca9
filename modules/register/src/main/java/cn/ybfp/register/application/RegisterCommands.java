package cn.ybfp.register.application;

import static cn.ybfp.kernel.FormValues.choice;
import static cn.ybfp.kernel.FormValues.optional;
import static cn.ybfp.kernel.FormValues.optionalDate;
import static cn.ybfp.kernel.FormValues.text;
import static cn.ybfp.register.application.RegisterException.label;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.kernel.InvalidResidentIdException;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.PersonStatus;
import cn.ybfp.register.domain.AssistanceClassAsOf;
import cn.ybfp.register.domain.CategoryMembership;
import cn.ybfp.register.domain.Enrolment;
import cn.ybfp.register.domain.Household;
import cn.ybfp.register.domain.OverSubsidyCheck;
import cn.ybfp.register.domain.People;
import cn.ybfp.register.domain.Person;
import cn.ybfp.register.domain.SubsidyDetermination;
import cn.ybfp.register.domain.SubsidyPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The changes township and county staff make to the register. Each runs in one transaction: it checks everything
 * first and changes nothing when any field is refused.
 */
@ApplicationScoped
@Transactional
public class RegisterCommands {

    private static final Pattern PHONE = Pattern.compile("^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$");

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    @Inject
    People people;

    @Inject
    DivisionDirectory divisions;

    /** Registers a person, in a new household as its head or in an existing one of the same township. */
    public long register(Caller caller, PersonForm form) {
        Jurisdiction jurisdiction = Authority.toChange(caller);
        ResidentId residentId = residentId(form.idNumber());
        String name = text(form.name(), "name", label("name"), 50);
        String phone = phone(form.phone());
        String relation = optional(form.relationToHead(), "relationToHead", label("relationToHead"), 20);
        DivisionCode township = township(caller, form.townshipCode());
        if (people.findByIdNumber(residentId.value()).isPresent()) {
            throw RegisterException.of("idNumber", "person.alreadyRegistered");
        }
        Household household = form.householdId() == null
                ? people.add(new Household(township, optional(form.address(), "address", label("address"), 200)))
                : existingHousehold(jurisdiction, form.householdId(), township);
        Person person = people.add(new Person(
                residentId, name, phone, township, household.id(), form.householdId() == null ? "户主" : relation));
        if (household.headPersonId() == null) {
            household.headedBy(person.id());
        }
        return person.id();
    }

    /** Edits a person; refused when someone else saved the person since the clerk opened the form. */
    public void edit(Caller caller, long personId, PersonEdit edit) {
        Person person = person(caller, personId);
        if (person.version() != edit.version()) {
            throw RegisterException.of(null, "person.stale");
        }
        String name = text(edit.name(), "name", label("name"), 50);
        String phone = phone(edit.phone());
        String relation = optional(edit.relationToHead(), "relationToHead", label("relationToHead"), 20);
        PersonStatus status = choice(PersonStatus.class, edit.status(), "status", label("status"));
        LocalDate since = statusDate(person, status, edit.statusDate());
        person.update(name, phone, relation);
        person.changeStatus(status, since);
    }

    /**
     * A category entered by hand (身份认定的手工录入), by a county clerk, with the recognising decision's document number
     * and its date range. It waits for a second county clerk ({@link #confirmCategory}) and counts for nothing
     * before: a class raises every later bill and the enrolment subsidy, so no one clerk may raise it alone.
     * Township clerks propose, through an application (依申请救助); 因病致贫 comes only from an application's
     * determination.
     */
    public void addCategory(Caller caller, long personId, CategoryForm form) {
        if (caller.role() != Role.COUNTY_STAFF) {
            throw RegisterException.of("category", "category.countyDecides");
        }
        Person person = person(caller, personId);
        CategoryMembership membership = membership(person, form);
        if (membership.category() == AssistanceCategory.ILLNESS_IMPOVERISHED) {
            throw RegisterException.of("category", "category.illnessByApplication");
        }
        if (membership.documentNumber() == null) {
            throw RegisterException.of("documentNumber", "category.documentRequired");
        }
        if (membership.validTo() == null) {
            throw RegisterException.of("validTo", "category.validToRequired");
        }
        person.addMembership(membership.pendingFor(caller.username()));
    }

    /** The second county clerk's confirmation of a category entered by hand: from now on it counts. */
    public void confirmCategory(Caller caller, long personId, long membershipId) {
        if (caller.role() != Role.COUNTY_STAFF) {
            throw RegisterException.of(null, "category.countyDecides");
        }
        CategoryMembership membership = person(caller, personId).memberships().stream()
                .filter(m -> m.id() == membershipId && !m.inForce())
                .findFirst()
                .orElseThrow(() -> RegisterException.of(null, "category.notPending"));
        if (caller.username().equals(membership.pendingBy())) {
            throw RegisterException.of(null, "category.secondClerk", membership.pendingBy());
        }
        membership.confirm();
    }

    /**
     * A category a decision recognised (an application's determination, through {@code CategoryRecorder}): in force
     * at once, since the decision was itself taken by two hands.
     */
    void recordDecision(Caller caller, long personId, CategoryForm form) {
        Person person = person(caller, personId);
        person.addMembership(membership(person, form));
    }

    private CategoryMembership membership(Person person, CategoryForm form) {
        AssistanceCategory category = choice(AssistanceCategory.class, form.category(), "category", label("category"));
        Department department = choice(Department.class, form.department(), "department", label("department"));
        LocalDate from = optionalDate(form.validFrom(), "validFrom", label("validFrom"));
        if (from == null) {
            throw RegisterException.of("validFrom", "category.validFromRequired");
        }
        LocalDate to = optionalDate(form.validTo(), "validTo", label("validTo"));
        if (to != null && to.isBefore(from)) {
            throw RegisterException.of("validTo", "category.validToBeforeFrom");
        }
        return new CategoryMembership(
                person,
                category,
                department,
                optional(form.documentNumber(), "documentNumber", label("documentNumber"), 60),
                from,
                to);
    }

    /** Records a year's enrolment; the subsidy follows the policy and the class held on the payment date. */
    public void recordEnrolment(Caller caller, long personId, EnrolmentForm form) {
        Person person = person(caller, personId);
        int year = year(form.year());
        EnrolmentStatus status = choice(EnrolmentStatus.class, form.status(), "status", label("enrolmentStatus"));
        LocalDate paid = optionalDate(form.paidDate(), "paidDate", label("paidDate"));
        if (status == EnrolmentStatus.ENROLLED && paid == null) {
            throw RegisterException.of("paidDate", "enrolment.paidDateRequired");
        }
        if (person.enrolments().stream().anyMatch(e -> e.year() == year)) {
            throw RegisterException.of("year", "enrolment.alreadyRecorded", String.valueOf(year));
        }
        SubsidyPolicy policy = people.policy(year, Authority.poolingRegionOf(person.township()))
                .orElseThrow(() -> RegisterException.of("year", "enrolment.noPolicy", String.valueOf(year)));
        LocalDate decisionDate = paid != null ? paid : LocalDate.of(year, 1, 1);
        OptionalInt assistanceClass = AssistanceClassAsOf.resolve(person.spans(), decisionDate)
                .map(r -> OptionalInt.of(r.assistanceClass()))
                .orElse(OptionalInt.empty());
        var subsidy = status == EnrolmentStatus.ENROLLED
                ? SubsidyDetermination.of(policy, assistanceClass)
                : SubsidyDetermination.none();
        person.addEnrolment(new Enrolment(
                person,
                year,
                status,
                policy.contribution(),
                subsidy,
                paid,
                OverSubsidyCheck.isOverSubsidised(policy, assistanceClass, subsidy.amount())));
    }

    /** The person's household (the demo adds a head's family to it without reading the whole person page). */
    long householdOf(Caller caller, long personId) {
        return person(caller, personId).householdId();
    }

    /** The person's categories entered by hand and waiting for the second clerk. */
    List<Long> pendingCategories(Caller caller, long personId) {
        return person(caller, personId).memberships().stream()
                .filter(m -> !m.inForce())
                .map(CategoryMembership::id)
                .toList();
    }

    private Person person(Caller caller, long personId) {
        return people.find(Authority.toChange(caller), personId)
                .orElseThrow(() -> RegisterException.of(null, "person.notFound"));
    }

    /** Deceased and moved out need the date, which lies between birth and today. */
    private LocalDate statusDate(Person person, PersonStatus status, String text) {
        LocalDate since = optionalDate(text, "statusDate", label("statusDate"));
        if (status == PersonStatus.NORMAL) {
            return null;
        }
        if (since == null) {
            throw RegisterException.of("statusDate", "person.statusDateRequired");
        }
        if (since.isBefore(person.birthDate()) || since.isAfter(LocalDate.now(clock))) {
            throw RegisterException.of("statusDate", "person.statusDateRange");
        }
        return since;
    }

    private Household existingHousehold(Jurisdiction jurisdiction, long householdId, DivisionCode township) {
        Household household = people.household(jurisdiction, householdId)
                .orElseThrow(() -> RegisterException.of("householdId", "household.notFound"));
        if (!household.township().equals(township)) {
            throw RegisterException.of("householdId", "household.otherTownship");
        }
        return household;
    }

    private static ResidentId residentId(String idNumber) {
        try {
            return ResidentId.parse(idNumber);
        } catch (InvalidResidentIdException e) {
            throw new RegisterException("idNumber", e.getMessage());
        }
    }

    private static String phone(String value) {
        String phone = optional(value, "phone", label("phone"), 20);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw RegisterException.of("phone", "person.phone");
        }
        return phone;
    }

    private DivisionCode township(Caller caller, String code) {
        return DivisionCode.tryParse(code)
                .filter(c -> c.level() == DivisionLevel.TOWNSHIP
                        && divisions.find(caller, c).isPresent())
                .orElseThrow(() -> RegisterException.of("townshipCode", "person.township"));
    }

    private static int year(String value) {
        try {
            int year = Integer.parseInt(value == null ? "" : value.strip());
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw RegisterException.of("year", "enrolment.year");
    }
}
