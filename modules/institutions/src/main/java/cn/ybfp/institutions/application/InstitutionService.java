package cn.ybfp.institutions.application;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.institutions.api.Institution;
import cn.ybfp.institutions.domain.DesignatedInstitution;
import cn.ybfp.institutions.domain.InstitutionCode;
import cn.ybfp.institutions.domain.Institutions;
import cn.ybfp.institutions.domain.InstitutionsException;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.RecordNotFoundException;
import cn.ybfp.kernel.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The registry of designated institutions as the pages keep it: the province adds and changes them (吉政办发〔2022〕16号
 * 七（十二）: 医疗救助定点机构纳入定点管理); a county reads its own, the province all of them.
 */
@ApplicationScoped
@Transactional
public class InstitutionService {

    private static final String CLIENT = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    @Inject
    Institutions institutions;

    @Inject
    DivisionDirectory divisions;

    @Inject
    RegistryLookup lookup;

    /** Beijing's (the portal's producer); a test may set another. */
    @Inject
    Clock clock;

    /** The form as typed (text, checked here). */
    public record InstitutionForm(
            String code,
            String name,
            String level,
            boolean assistanceDesignated,
            String agreementFrom,
            String agreementTo,
            String apiClient) {}

    public record Row(
            Institution institution, String countyName, String changedBy, LocalDateTime changedAt, long version) {

        public boolean inAgreementToday(LocalDate today) {
            return institution.inAgreementOn(today);
        }
    }

    /** The institutions of the caller's county (a township reads its county's), or all for the province. */
    public List<Row> list(Caller caller) {
        DivisionCode root = caller.role() == Role.TOWNSHIP_STAFF
                ? caller.division().parent().orElseThrow()
                : caller.division();
        return institutions.list(new Jurisdiction(root).likePattern()).stream()
                .map(this::row)
                .toList();
    }

    public Row find(Caller caller, String code) {
        return list(caller).stream()
                .filter(r -> r.institution().code().equals(code))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("institution " + code));
    }

    public String add(Caller caller, InstitutionForm form) {
        toKeep(caller);
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!InstitutionCode.isValid(code)) {
            throw InstitutionsException.of("code", "code.format");
        }
        boolean county = divisions
                .find(caller, DivisionCode.of(InstitutionCode.county(code)))
                .filter(d -> d.level() == DivisionLevel.COUNTY)
                .isPresent();
        if (!county) {
            throw InstitutionsException.of("code", "code.county");
        }
        if (institutions.find(code).isPresent()) {
            throw InstitutionsException.of("code", "code.taken", code);
        }
        var institution = new DesignatedInstitution(code, terms(form), caller.username(), now());
        save(() -> institutions.add(institution));
        return code;
    }

    public void change(Caller caller, String code, long version, InstitutionForm form) {
        toKeep(caller);
        DesignatedInstitution institution =
                institutions.find(code).orElseThrow(() -> new RecordNotFoundException("institution " + code));
        if (institution.version() != version) {
            throw InstitutionsException.of(null, "stale");
        }
        DesignatedInstitution.Terms terms = terms(form);
        save(() -> institution.change(terms, caller.username(), now()));
    }

    /** A name or client already used elsewhere is refused at the flush (unique keys). */
    private void save(Runnable change) {
        try {
            change.run();
            institutions.flush();
            lookup.forget();
        } catch (PersistenceException e) {
            throw InstitutionsException.of("name", "name.taken");
        }
    }

    private static void toKeep(Caller caller) {
        if (caller.role() != Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("定点医疗机构由省级医保部门登记");
        }
    }

    private static DesignatedInstitution.Terms terms(InstitutionForm form) {
        String name = FormValues.text(form.name(), "name", InstitutionsException.label("name"), 100);
        int level = FormValues.whole(form.level(), "level", InstitutionsException.label("level"), 1, 3);
        LocalDate from =
                FormValues.date(form.agreementFrom(), "agreementFrom", InstitutionsException.label("agreementFrom"));
        LocalDate to =
                FormValues.optionalDate(form.agreementTo(), "agreementTo", InstitutionsException.label("agreementTo"));
        if (to != null && to.isBefore(from)) {
            throw InstitutionsException.of("agreementTo", "agreement.order");
        }
        String client = form.apiClient() == null || form.apiClient().isBlank()
                ? null
                : form.apiClient().strip();
        if (client != null && !client.matches(CLIENT)) {
            throw InstitutionsException.of("apiClient", "client.format");
        }
        return new DesignatedInstitution.Terms(name, level, form.assistanceDesignated(), from, to, client);
    }

    private Row row(DesignatedInstitution i) {
        Institution view = i.view();
        return new Row(view, divisions.nameOf(view.county()), i.changedBy(), i.changedAt(), i.version());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
