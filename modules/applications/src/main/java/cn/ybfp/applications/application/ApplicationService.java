package cn.ybfp.applications.application;

import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.applications.api.Material;
import cn.ybfp.applications.api.PaymentMethod;
import cn.ybfp.applications.domain.Appeal;
import cn.ybfp.applications.domain.Applications;
import cn.ybfp.applications.domain.AssistanceApplication;
import cn.ybfp.applications.domain.Attachment;
import cn.ybfp.applications.domain.CaseRefusedException;
import cn.ybfp.applications.domain.Receipt;
import cn.ybfp.applications.domain.TimeLimits;
import cn.ybfp.claims.api.AssistanceAssessment;
import cn.ybfp.claims.api.ClaimSummary;
import cn.ybfp.claims.api.CostItem;
import cn.ybfp.claims.api.PersonClaims;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Money;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;
import cn.ybfp.kernel.ScanType;
import cn.ybfp.register.api.CategoryRecorder;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The steps of application-based assistance as the portal runs them: each in one transaction, on a case of the
 * caller's jurisdiction, on the version of the case the clerk saw.
 */
@ApplicationScoped
@Transactional
public class ApplicationService {

    @Inject
    Applications applications;

    @Inject
    InsuredPersons persons;

    @Inject
    PersonClaims claims;

    @Inject
    CategoryRecorder register;

    @Inject
    CaseSettings settings;

    /** The township enters an application for a person of its township (个人申请). Answers the case's id. */
    public long submit(Caller caller, ApplicationForm form) {
        if (caller.role() != Role.TOWNSHIP_STAFF) {
            throw new NotPermittedException("救助申请由乡镇（街道）经办人员受理录入");
        }
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        LocalDateTime now = settings.now();
        InsuredPerson person = persons.findByIdNumber(jurisdiction, form.idNumber(), now.toLocalDate())
                .orElseThrow(() -> CaseRefusedException.of("idNumber", "case.notInRegister"));
        int year = FormValues.year(form.year(), "year", CaseRefusedException.label("year"));
        String village = FormValues.text(form.village(), "village", CaseRefusedException.label("village"), 60);
        var household = new AssistanceApplication.Household(
                FormValues.whole(
                        form.householdMembers(),
                        "householdMembers",
                        CaseRefusedException.label("householdMembers"),
                        1,
                        30),
                FormValues.money(
                        form.householdIncome(), "householdIncome", CaseRefusedException.label("householdIncome")),
                FormValues.optional(form.assets(), "assets", CaseRefusedException.label("assets"), 500),
                form.declarationSigned());
        if (!form.declarationSigned()) {
            throw CaseRefusedException.of("declarationSigned", "case.declarationRequired");
        }
        // the person's year first: a case submitted in between changes its version, and this one is refused at the
        // flush instead of claiming costs that the other case claims too
        applications.applicantYear(person.id(), year).countCase();
        Set<Long> standing = new HashSet<>();
        claims.standingClaims(jurisdiction, person.id(), year).forEach(c -> standing.add(c.id()));
        List<Long> picked = form.claimIds().stream()
                .map(id -> FormValues.id(id, "claimIds", CaseRefusedException.label("claimIds")))
                .toList();
        if (!standing.containsAll(picked)) {
            throw CaseRefusedException.of("claimIds", "case.claimNotStanding");
        }
        if (picked.stream().anyMatch(applications.claimsInLiveApplications(person.id())::contains)) {
            throw CaseRefusedException.of("claimIds", "case.claimInOtherCase");
        }
        List<Receipt> receipts = ReceiptEntries.read(form.receipts(), year);
        if (picked.isEmpty() && receipts.isEmpty()) {
            throw CaseRefusedException.of("claimIds", "case.noCosts");
        }
        List<Receipt> claimed = applications.receiptsInLiveApplications(person.id(), year);
        if (receipts.stream().anyMatch(r -> claimed.stream().anyMatch(r::sameCostAs))) {
            throw CaseRefusedException.of("receipts", "case.receiptInOtherCase");
        }
        var applicant = new AssistanceApplication.Applicant(
                person.id(),
                person.name(),
                person.residentId(),
                person.township().value(),
                village,
                year);
        var application = new AssistanceApplication(
                applicant,
                household,
                FormValues.choices(
                        Material.class, form.materials(), "materials", CaseRefusedException.label("materials")),
                picked,
                receipts,
                caller,
                now,
                settings.limits());
        try {
            applications.add(application);
            applications.flush();
        } catch (PersistenceException e) {
            throw CaseRefusedException.of(null, "case.concurrentApplication");
        }
        return application.id();
    }

    /** 受理: with every material, accepted; otherwise pending correction (待补正) with the list of what is missing. */
    public void accept(Caller caller, long id, long version, Set<Material> missing, String comment) {
        step(caller, id, version, CaseAction.ACCEPT, (a, now) -> a.accept(caller, missing, comment, now, limits()));
    }

    /** 补正完毕: what was missing has arrived. */
    public void complete(Caller caller, long id, long version, String comment) {
        step(caller, id, version, CaseAction.COMPLETE, (a, now) -> a.complete(caller, comment, now, limits()));
    }

    /** 初审: the household survey's result and the township's opinion; the case goes to the county. */
    public void forward(Caller caller, long id, long version, String survey, String opinion) {
        step(caller, id, version, CaseAction.FORWARD, (a, now) -> a.forward(caller, survey, opinion, now, limits()));
    }

    /** 身份认定, written into the register in the same transaction as the step. */
    public void determine(
            Caller caller,
            long id,
            long version,
            AssistanceCategory category,
            String document,
            LocalDate validFrom,
            LocalDate validTo) {
        step(caller, id, version, CaseAction.DETERMINE, (a, now) -> {
            a.determine(caller, category, document, validFrom, validTo, now, limits());
            Department department = category == AssistanceCategory.ILLNESS_IMPOVERISHED
                    ? Department.HEALTHCARE_SECURITY
                    : Department.CIVIL_AFFAIRS;
            register.record(caller, a.personId(), category, department, document.strip(), validFrom, validTo);
        });
    }

    /**
     * 审批: the amount is what the engine assesses now; the clerk may only reduce it (核减), with a reason.
     *
     * @param amount null to approve the assessed amount
     */
    public void approve(Caller caller, long id, long version, BigDecimal amount, String reason) {
        step(caller, id, version, CaseAction.APPROVE, (a, now) -> {
            CaseAssessment assessment = assessment(caller, a);
            if (assessment.problem() != null) {
                throw CaseRefusedException.of(null, "case.cannotAssess", assessment.problem());
            }
            BigDecimal approved = amount == null ? assessment.due() : amount;
            a.approve(caller, assessment.engine().schemeId(), assessment.due(), approved, reason, now, limits());
        });
    }

    /** 不予救助, with the reason (appealable). */
    public void reject(Caller caller, long id, long version, String reason) {
        step(caller, id, version, CaseAction.REJECT, (a, now) -> a.reject(caller, reason, now, limits()));
    }

    /** 退回补正: back to the township with the reasons. */
    public void returnForCorrection(Caller caller, long id, long version, String reasons) {
        step(caller, id, version, CaseAction.RETURN, (a, now) -> a.returnForCorrection(caller, reasons, now, limits()));
    }

    /** 公示异议: an objection during the notice sends the case back to approval. */
    public void object(Caller caller, long id, long version, String objection) {
        step(caller, id, version, CaseAction.OBJECT, (a, now) -> a.object(caller, objection, now, limits()));
    }

    /** The applicant withdraws (recorded by a clerk); not while an appeal waits for review. */
    public void withdraw(Caller caller, long id, long version, String reason) {
        step(caller, id, version, CaseAction.WITHDRAW, (a, now) -> {
            requireNoOpenAppeal(id, CaseAction.WITHDRAW);
            a.withdraw(caller, reason, now, limits());
        });
    }

    /** 拨付, once; not while an appeal waits for review. */
    public void pay(Caller caller, long id, long version, LocalDate paidOn, PaymentMethod method, String reference) {
        step(caller, id, version, CaseAction.PAY, (a, now) -> {
            requireNoOpenAppeal(id, CaseAction.PAY);
            a.pay(caller, paidOn, method, reference, now, limits());
        });
    }

    /**
     * The frame of every step: the case of the caller's jurisdiction, on the version the clerk saw, a notice that has
     * passed recorded first (the page showed the case final already), and a clash with another clerk's step at the
     * same moment refused with a message.
     */
    private void step(Caller caller, long id, long version, CaseAction action, Step step) {
        AssistanceApplication application = find(caller, id);
        if (application.version() != version) {
            throw CaseRefusedException.of(null, "case.stale", application.state());
        }
        LocalDateTime now = settings.now();
        application.endNoticeIfDue(now, limits());
        step.take(application, now);
        try {
            applications.flush();
        } catch (OptimisticLockException e) {
            // another clerk's step on the same case committed first
            throw CaseRefusedException.of(null, "case.clash", action);
        }
    }

    /** One step's work on the case, at the time of the step. */
    @FunctionalInterface
    private interface Step {
        void take(AssistanceApplication application, LocalDateTime now);
    }

    private void requireNoOpenAppeal(long id, CaseAction action) {
        if (applications.appealsOf(id).stream().anyMatch(Appeal::isOpen)) {
            throw CaseRefusedException.of(null, "case.appealOpen", action);
        }
    }

    private TimeLimits limits() {
        return settings.limits();
    }

    /**
     * What the case's costs give under the person's scheme and class (with the granted category), less what the
     * person's other applications of the year were granted. Never throws a refusal: the case page shows the problem.
     */
    CaseAssessment assessment(Caller caller, AssistanceApplication application) {
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        LocalDate today = settings.now().toLocalDate();
        LocalDate yearEnd = LocalDate.of(application.year(), 12, 31);
        var found = persons.find(jurisdiction, application.personId(), yearEnd.isAfter(today) ? today : yearEnd);
        if (found.isEmpty()) {
            return CaseAssessment.refused("参保台账中已没有此人");
        }
        InsuredPerson person = found.get();
        Set<AssistanceCategory> categories = EnumSet.noneOf(AssistanceCategory.class);
        categories.addAll(person.categories());
        if (application.determination() != null) {
            categories.add(application.determination().category());
        }
        try {
            AssistanceAssessment engine = claims.assess(
                    person.poolingRegion(),
                    person.id(),
                    application.year(),
                    categories,
                    person.birthDate(),
                    costs(jurisdiction, application));
            BigDecimal elsewhere = applications.grantedElsewhere(person.id(), application.year(), application.id());
            return new CaseAssessment(
                    engine, elsewhere, engine.due().subtract(elsewhere).max(Money.ZERO), null);
        } catch (InvalidInputException e) {
            return CaseAssessment.refused(e.getMessage());
        }
    }

    private List<CostItem> costs(Jurisdiction jurisdiction, AssistanceApplication application) {
        List<CostItem> costs = new ArrayList<>();
        List<Long> picked = application.claimIds();
        for (ClaimSummary claim : claims.standingClaims(jurisdiction, application.personId(), application.year())) {
            if (picked.contains(claim.id())) {
                costs.add(new CostItem(
                        claim.id(),
                        claim.claimNumber(),
                        claim.kind(),
                        claim.date(),
                        claim.hospitalLevel(),
                        claim.totalCost(),
                        claim.outOfPolicyCost(),
                        claim.assistancePaid()));
            }
        }
        for (Receipt r : application.receipts()) {
            costs.add(new CostItem(
                    null,
                    "票据 " + r.hospital() + " " + r.date(),
                    r.kind(),
                    r.date(),
                    r.hospitalLevel(),
                    r.totalCost(),
                    r.outOfPolicyCost(),
                    Money.ZERO));
        }
        return costs;
    }

    /** Keeps a scan with the case, at the step it is in. */
    public long attach(Caller caller, long id, String fileName, byte[] content) {
        AssistanceApplication application = find(caller, id);
        if (caller.role() == Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("省级监管人员只能查看");
        }
        var attachment = new Attachment(
                application.id(),
                null,
                application.state().name(),
                ScanType.check(fileName, content, settings.maxAttachmentMb()),
                caller.username(),
                settings.now());
        applications.add(attachment);
        return attachment.id();
    }

    /**
     * Ends one case's notice if its period has passed without objection; true when it did. {@link NoticeExpiry}
     * calls it once per case, each in its own transaction, so that one clash does not hold back the others.
     */
    public boolean endNotice(long id, LocalDateTime now) {
        return applications
                .byId(id)
                .map(a -> a.endNoticeIfDue(now, settings.limits()))
                .orElse(false);
    }

    private AssistanceApplication find(Caller caller, long id) {
        return applications
                .find(Jurisdiction.of(caller), id)
                .orElseThrow(() -> new CaseNotFoundException(AssistanceApplication.number(id)));
    }

    /** States in which the case waits for this role (its work list). */
    static Set<CaseState> waitingFor(Role role) {
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        for (CaseState state : CaseState.values()) {
            cn.ybfp.applications.domain.ApplicationProcedure.waitingFor(state)
                    .filter(role::equals)
                    .ifPresent(r -> states.add(state));
        }
        return states;
    }
}
