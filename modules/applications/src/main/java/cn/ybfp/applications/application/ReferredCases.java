package cn.ybfp.applications.application;

import cn.ybfp.applications.api.CaseReferral;
import cn.ybfp.applications.domain.Applications;
import cn.ybfp.applications.domain.AssistanceApplication;
import cn.ybfp.applications.domain.CaseRefusedException;
import cn.ybfp.claims.api.ClaimSummary;
import cn.ybfp.claims.api.PersonClaims;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * {@link CaseReferral}: a case the county opens for a recognised person (吉政办发〔2022〕16号 五（七）: 及时落实救助
 * 帮扶). The household's figures and the signed declaration are not known yet: the township collects them when it
 * accepts the case, as it does when materials are missing.
 */
@ApplicationScoped
@Transactional
public class ReferredCases implements CaseReferral {

    private static final String VILLAGE_UNKNOWN = "（待乡镇核实）";

    @Inject
    Applications applications;

    @Inject
    InsuredPersons persons;

    @Inject
    PersonClaims claims;

    @Inject
    CaseSettings settings;

    @Override
    public long open(Caller caller, long personId, int year, String reason) {
        if (caller.role() != Role.COUNTY_STAFF) {
            throw new NotPermittedException("转办救助申请由县级医保经办人员办理");
        }
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        LocalDateTime now = settings.now();
        InsuredPerson person = persons.find(jurisdiction, personId, now.toLocalDate())
                .orElseThrow(() -> CaseRefusedException.of("idNumber", "case.notInRegister"));
        applications.applicantYear(personId, year).countCase();
        List<Long> claimed = applications.claimsInLiveApplications(personId);
        List<Long> picked = claims.standingClaims(jurisdiction, personId, year).stream()
                .map(ClaimSummary::id)
                .filter(id -> !claimed.contains(id))
                .toList();
        if (picked.isEmpty()) {
            throw CaseRefusedException.of("claimIds", "case.noCosts");
        }
        var application = new AssistanceApplication(
                new AssistanceApplication.Applicant(
                        person.id(),
                        person.name(),
                        person.residentId(),
                        person.township().value(),
                        VILLAGE_UNKNOWN,
                        year),
                new AssistanceApplication.Household(1, BigDecimal.ZERO.setScale(2), null, false),
                Set.of(),
                picked,
                List.of(),
                caller,
                now,
                settings.limits(),
                reason);
        applications.add(application);
        applications.flush();
        return application.id();
    }
}
