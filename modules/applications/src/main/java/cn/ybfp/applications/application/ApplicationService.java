package cn.ybfp.applications.application;

import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.applications.api.Material;
import cn.ybfp.applications.api.PaymentMethod;
import cn.ybfp.applications.domain.Applications;
import cn.ybfp.applications.domain.AssistanceApplication;
import cn.ybfp.applications.domain.Attachment;
import cn.ybfp.applications.domain.AttachmentType;
import cn.ybfp.applications.domain.CaseRefusedException;
import cn.ybfp.applications.domain.Receipt;
import cn.ybfp.applications.domain.TimeLimits;
import cn.ybfp.claims.api.AssistanceAssessment;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.ClaimSummary;
import cn.ybfp.claims.api.CostItem;
import cn.ybfp.claims.api.PersonClaims;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Money;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.CategoryRecorder;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.InsuredPersons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

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
                .orElseThrow(() -> new CaseRefusedException("idNumber", "身份证号：本乡镇参保台账中没有此人，请先在参保台账登记"));
        int year = FormValues.year(form.year(), "year", "费用年度");
        String village = FormValues.text(form.village(), "village", "村（社区）", 60);
        var household = new AssistanceApplication.Household(
                FormValues.whole(form.householdMembers(), "householdMembers", "家庭人口", 1, 30),
                FormValues.money(form.householdIncome(), "householdIncome", "家庭近12个月收入"),
                FormValues.optional(form.assets(), "assets", "家庭财产", 500),
                form.declarationSigned());
        if (!form.declarationSigned()) {
            throw new CaseRefusedException("declarationSigned", "承诺书：申请人须签字承诺所报情况属实");
        }
        Set<Long> standing = new HashSet<>();
        claims.standingClaims(jurisdiction, person.id(), year).forEach(c -> standing.add(c.id()));
        List<Long> picked = form.claimIds().stream()
                .map(id -> FormValues.id(id, "claimIds", "结算单"))
                .toList();
        if (!standing.containsAll(picked)) {
            throw new CaseRefusedException("claimIds", "结算单：只能选择本人当年度未冲正的结算单");
        }
        if (picked.stream().anyMatch(applications.claimsInLiveApplications(person.id())::contains)) {
            throw new CaseRefusedException("claimIds", "结算单：已在本人另一件未办结的申请中，同一费用不能重复申请救助");
        }
        List<Receipt> receipts = receipts(form.receipts(), year);
        if (picked.isEmpty() && receipts.isEmpty()) {
            throw new CaseRefusedException("claimIds", "申请救助的医疗费用：至少选择一张结算单或录入一张票据");
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
                FormValues.choices(Material.class, form.materials()),
                picked,
                receipts,
                caller,
                now,
                settings.limits());
        applications.add(application);
        return application.id();
    }

    /** One step on a case, as chosen on the case page. */
    public void act(Caller caller, long id, StepForm form) {
        AssistanceApplication application = find(caller, id);
        if (application.version() != form.version()) {
            throw new CaseRefusedException(
                    null, "本案刚被他人办理（" + application.state().label() + "），请刷新页面后再办理");
        }
        CaseAction action = FormValues.choice(CaseAction.class, form.action(), "action", "办理事项");
        if ((action == CaseAction.PAY || action == CaseAction.WITHDRAW)
                && applications.appealsOf(id).stream().anyMatch(cn.ybfp.applications.domain.Appeal::isOpen)) {
            throw new CaseRefusedException(null, "本案有待复核的申诉，复核后才能“" + action.label() + "”");
        }
        LocalDateTime now = settings.now();
        TimeLimits limits = settings.limits();
        application.endNoticeIfDue(now, limits); // the page showed it final already; the job may not have run yet
        switch (action) {
            case ACCEPT, ACCEPT_PENDING ->
                application.accept(
                        caller, FormValues.choices(Material.class, form.missing()), form.comment(), now, limits);
            case COMPLETE -> application.complete(caller, form.comment(), now, limits);
            case FORWARD -> application.forward(caller, form.survey(), form.comment(), now, limits);
            case DETERMINE -> determine(caller, application, form, now, limits);
            case APPROVE, REDUCE -> approve(caller, application, form, now, limits);
            case REJECT -> application.reject(caller, form.reason(), now, limits);
            case RETURN -> application.returnForCorrection(caller, form.reason(), now, limits);
            case OBJECT -> application.object(caller, form.reason(), now, limits);
            case PAY ->
                application.pay(
                        caller,
                        FormValues.date(form.paidOn(), "paidOn", "拨付日期"),
                        FormValues.choice(PaymentMethod.class, form.method(), "method", "拨付方式"),
                        form.reference(),
                        now,
                        limits);
            case WITHDRAW -> application.withdraw(caller, form.reason(), now, limits);
            default -> throw new CaseRefusedException("action", "办理事项：不能在此办理“" + action.label() + "”");
        }
        try {
            applications.flush();
        } catch (OptimisticLockException e) {
            // another clerk's step on the same case committed first
            throw new CaseRefusedException(null, "本案刚被他人办理，您的“" + action.label() + "”未保存，请刷新页面后再办理");
        }
    }

    /** 身份认定 writes the granted category into the register, in the same transaction as the step. */
    private void determine(
            Caller caller, AssistanceApplication application, StepForm form, LocalDateTime now, TimeLimits limits) {
        AssistanceCategory category = FormValues.choice(AssistanceCategory.class, form.category(), "category", "认定类别");
        LocalDate from = FormValues.date(form.validFrom(), "validFrom", "认定起始日期");
        LocalDate to = form.validTo() == null || form.validTo().isBlank()
                ? null
                : FormValues.date(form.validTo(), "validTo", "认定终止日期");
        application.determine(caller, category, form.document(), from, to, now, limits);
        Department department = category == AssistanceCategory.ILLNESS_IMPOVERISHED
                ? Department.HEALTHCARE_SECURITY
                : Department.CIVIL_AFFAIRS;
        register.record(
                caller,
                application.personId(),
                category,
                department,
                form.document().strip(),
                from,
                to);
    }

    /** 审批: the amount is what the engine assesses now (the clerk may only reduce it, with a reason). */
    private void approve(
            Caller caller, AssistanceApplication application, StepForm form, LocalDateTime now, TimeLimits limits) {
        CaseAssessment assessment = assessment(caller, application);
        if (assessment.problem() != null) {
            throw new CaseRefusedException(null, "无法测算救助金额：" + assessment.problem());
        }
        BigDecimal amount = form.amount() == null || form.amount().isBlank()
                ? assessment.due()
                : FormValues.money(form.amount(), "amount", "救助金额");
        application.approve(
                caller, assessment.engine().schemeId(), assessment.due(), amount, form.reason(), now, limits);
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
                AttachmentType.check(fileName, content),
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

    private static List<Receipt> receipts(List<ApplicationForm.ReceiptForm> forms, int year) {
        List<Receipt> receipts = new ArrayList<>();
        Function<Integer, String> row = i -> "票据第 " + (i + 1) + " 行：";
        for (int i = 0; i < forms.size(); i++) {
            var r = forms.get(i);
            if (r.isEmpty()) {
                continue;
            }
            String at = row.apply(i);
            String hospital = FormValues.text(r.hospital(), "receipts", at + "医疗机构", 100);
            ClaimKind kind = FormValues.choice(ClaimKind.class, r.kind(), "receipts", at + "费用类别");
            LocalDate date = FormValues.date(r.date(), "receipts", at + "日期");
            if (date.getYear() != year) {
                throw new CaseRefusedException("receipts", at + "日期：应在费用年度 " + year + " 年内");
            }
            Integer level = r.hospitalLevel() == null || r.hospitalLevel().isBlank()
                    ? null
                    : FormValues.whole(r.hospitalLevel(), "receipts", at + "医疗机构级别", 1, 3);
            if (kind == ClaimKind.INPATIENT && level == null) {
                throw new CaseRefusedException("receipts", at + "医疗机构级别：住院费用必须填写");
            }
            BigDecimal total = FormValues.money(r.totalCost(), "receipts", at + "总费用");
            BigDecimal outOfPolicy =
                    r.outOfPolicyCost() == null || r.outOfPolicyCost().isBlank()
                            ? Money.ZERO
                            : FormValues.money(r.outOfPolicyCost(), "receipts", at + "目录外费用");
            if (outOfPolicy.compareTo(total) > 0) {
                throw new CaseRefusedException("receipts", at + "目录外费用：不能大于总费用");
            }
            receipts.add(new Receipt(hospital, kind, date, level, total, outOfPolicy));
        }
        return receipts;
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
