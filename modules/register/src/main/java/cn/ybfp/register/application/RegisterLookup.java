package cn.ybfp.register.application;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.CategoryRecorder;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.register.api.PersonRecordViews;
import cn.ybfp.register.domain.CategorySpan;
import cn.ybfp.register.domain.People;
import cn.ybfp.register.domain.Person;
import cn.ybfp.register.domain.PersonRecordView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The register as other modules use it ({@link InsuredPersons}, {@link CategoryRecorder}, {@link PersonRecordViews}):
 * the same jurisdiction checks, commands and audit as the register's own pages.
 */
@ApplicationScoped
@Transactional
public class RegisterLookup implements InsuredPersons, CategoryRecorder, PersonRecordViews {

    @Inject
    People people;

    @Inject
    RegisterCommands commands;

    @Override
    public void viewed(Caller caller, long personId, String page) {
        if (caller.role() == Role.PROVINCE_SUPERVISOR) {
            people.recordView(new PersonRecordView(personId, caller.username(), Instant.now(), page));
        }
    }

    @Override
    public List<View> search(String username, Long personId, DivisionCode within, Instant from, Instant to, int limit) {
        return people.searchViews(username, personId, within.prefix() + "%", from, to, limit).stream()
                .map(r -> new View(
                        (Instant) r[0],
                        (String) r[1],
                        (Long) r[2],
                        (String) r[3],
                        ResidentId.mask((String) r[4]),
                        (String) r[5]))
                .toList();
    }

    @Override
    public void record(
            Caller caller,
            long personId,
            AssistanceCategory category,
            Department department,
            String documentNumber,
            LocalDate validFrom,
            LocalDate validTo) {
        // the same decision recorded again (a case determined anew after a return) is not a second membership
        boolean recorded = people.find(Jurisdiction.of(caller), personId).stream()
                .flatMap(p -> p.memberships().stream())
                .anyMatch(m -> m.category() == category
                        && validFrom.equals(m.validFrom())
                        && java.util.Objects.equals(documentNumber, m.documentNumber()));
        if (recorded) {
            return;
        }
        commands.recordDecision(
                caller,
                personId,
                new CategoryForm(
                        category.name(),
                        department.name(),
                        documentNumber,
                        validFrom.toString(),
                        validTo == null ? null : validTo.toString()));
    }

    @Override
    public Optional<InsuredPerson> find(Jurisdiction jurisdiction, long personId, LocalDate asOf) {
        return people.find(jurisdiction, personId).map(p -> view(p, asOf));
    }

    @Override
    public Optional<InsuredPerson> findByIdNumber(Jurisdiction jurisdiction, String idNumber, LocalDate asOf) {
        return people.findByIdNumber(idNumber == null ? "" : idNumber.strip().toUpperCase())
                .filter(p -> jurisdiction.contains(p.township()))
                .map(p -> view(p, asOf));
    }

    @Override
    public Map<String, InsuredPerson> findByIdNumbers(
            Jurisdiction jurisdiction, Collection<String> idNumbers, LocalDate asOf) {
        return inside(
                jurisdiction,
                people.findByIdNumbers(idNumbers),
                asOf,
                p -> p.residentId().value());
    }

    @Override
    public Map<Long, InsuredPerson> findAll(Jurisdiction jurisdiction, Collection<Long> personIds, LocalDate asOf) {
        return inside(jurisdiction, people.findAll(personIds), asOf, Person::id);
    }

    @Override
    public Map<Long, String> targets(Jurisdiction jurisdiction, LocalDate asOf) {
        return people.targets(jurisdiction.likePattern(), asOf);
    }

    private static <K> Map<K, InsuredPerson> inside(
            Jurisdiction jurisdiction, List<Person> found, LocalDate asOf, Function<Person, K> key) {
        return found.stream()
                .filter(p -> jurisdiction.contains(p.township()))
                .collect(Collectors.toMap(key, p -> view(p, asOf)));
    }

    private static InsuredPerson view(Person p, LocalDate asOf) {
        return new InsuredPerson(
                p.id(),
                p.residentId(),
                p.name(),
                p.township(),
                Authority.poolingRegionOf(p.township()),
                p.status(),
                p.statusDate(),
                asOf,
                p.spans().stream()
                        .filter(s -> s.heldOn(asOf))
                        .map(CategorySpan::category)
                        .collect(Collectors.toSet()));
    }
}
