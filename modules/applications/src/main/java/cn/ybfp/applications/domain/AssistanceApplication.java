package cn.ybfp.applications.domain;

import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.applications.api.Material;
import cn.ybfp.applications.api.PaymentMethod;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Refusal;
import cn.ybfp.kernel.ResidentId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An application for assistance (救助申请), the case that travels from the township to the county. Each step is a
 * method that checks the procedure ({@link ApplicationProcedure}), the role and four eyes, records its decision and
 * one {@link CaseEvent}, and starts the next step's time limit. A refused step changes nothing; two clerks deciding
 * at once are kept apart by the version.
 */
@Entity
@Table(name = "assistance_application")
public class AssistanceApplication {

    static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assistance_application_seq")
    @SequenceGenerator(
            name = "assistance_application_seq",
            sequenceName = "assistance_application_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, length = 50, updatable = false)
    private String personName;

    @Column(name = "id_number", nullable = false, length = 18, updatable = false)
    private String idNumber;

    @Column(name = "township_code", nullable = false, length = 9, updatable = false)
    private String townshipCode;

    @Column(nullable = false, length = 60)
    private String village;

    @Column(name = "cost_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseState state;

    @Column(name = "state_since", nullable = false)
    private LocalDate stateSince;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Embedded
    private Household household;

    @Column(name = "materials_received", nullable = false, length = 300)
    private String materialsReceived;

    @Column(name = "materials_missing", nullable = false, length = 300)
    private String materialsMissing = "";

    @ElementCollection
    @CollectionTable(name = "application_claim", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "claim_id")
    private List<Long> claimIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_receipt", joinColumns = @JoinColumn(name = "application_id"))
    @OrderBy("date")
    private List<Receipt> receipts = new ArrayList<>();

    @Column(name = "survey_result", length = 1000)
    private String surveyResult;

    @Embedded
    private Determination determination;

    @Embedded
    private Approval approval;

    /** Whether the approved amount is lower than the assessed one (核减): what an appeal can contest. */
    @Column(nullable = false)
    private boolean reduced;

    @Embedded
    private Payment payment;

    @Embedded
    private Decision decision;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @OneToMany(mappedBy = "application", cascade = jakarta.persistence.CascadeType.PERSIST)
    @OrderBy("at, id")
    private List<CaseEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected AssistanceApplication() {}

    /** The application as the township enters it for the applicant (个人申请): it waits for acceptance. */
    public AssistanceApplication(
            Applicant applicant,
            Household household,
            Set<Material> received,
            List<Long> claimIds,
            List<Receipt> receipts,
            Caller by,
            LocalDateTime now,
            TimeLimits limits) {
        this(applicant, household, received, claimIds, receipts, by, now, limits, "申报材料：" + labels(received));
    }

    /**
     * An application opened for the person by another office, with the note that says why (an early warning whose
     * person civil affairs recognised, 吉政办发〔2022〕16号 五（七）): it waits for acceptance like any other.
     */
    public AssistanceApplication(
            Applicant applicant,
            Household household,
            Set<Material> received,
            List<Long> claimIds,
            List<Receipt> receipts,
            Caller by,
            LocalDateTime now,
            TimeLimits limits,
            String note) {
        this.personId = applicant.personId();
        this.personName = applicant.name();
        this.idNumber = applicant.residentId().value();
        this.townshipCode = applicant.township();
        this.village = applicant.village();
        this.year = applicant.year();
        this.household = household;
        this.materialsReceived = join(received);
        this.claimIds = new ArrayList<>(claimIds);
        this.receipts = new ArrayList<>(receipts);
        this.createdBy = by.username();
        this.createdAt = now;
        enter(CaseState.APPLIED, now.toLocalDate(), limits);
        events.add(new CaseEvent(this, now, by.username(), null, CaseAction.SUBMIT, CaseState.APPLIED, note));
    }

    /** Who applies: the register's person, where they live, and the year whose costs are claimed. */
    public record Applicant(
            long personId, String name, ResidentId residentId, String township, String village, int year) {}

    /** The household's situation as declared (家庭成员、近12个月收入、财产、签字承诺). */
    @Embeddable
    public record Household(
            @Column(name = "household_members", nullable = false)
            int members,

            @Column(name = "household_income", nullable = false, precision = 12, scale = 2)
            BigDecimal income,

            @Column(length = 500) String assets,

            @Column(name = "declaration_signed", nullable = false)
            boolean declarationSigned) {}

    // ---- the steps ----

    /** 受理: with every material, accepted; otherwise pending correction with the list of what is missing. */
    public void accept(Caller by, Set<Material> missing, String comment, LocalDateTime now, TimeLimits limits) {
        boolean complete = missing.isEmpty();
        transition(
                by,
                complete ? CaseAction.ACCEPT : CaseAction.ACCEPT_PENDING,
                complete ? comment : "缺少：" + labels(missing) + note(comment),
                now,
                limits);
        materialsMissing = join(missing);
    }

    /** 补正完毕: what was missing has arrived. */
    public void complete(Caller by, String comment, LocalDateTime now, TimeLimits limits) {
        transition(by, CaseAction.COMPLETE, comment, now, limits);
        Set<Material> received = materials(materialsReceived);
        received.addAll(materials(materialsMissing));
        materialsReceived = join(received);
        materialsMissing = "";
    }

    /** 初审: the household survey's result and the township's opinion; forwarded to the county. */
    public void forward(Caller by, String survey, String opinion, LocalDateTime now, TimeLimits limits) {
        requireText(survey, "survey", "field.survey");
        transition(by, CaseAction.FORWARD, opinion, now, limits);
        surveyResult = survey.strip();
    }

    /** 身份认定: the county records the civil-affairs decision (the register is written by the service). */
    public void determine(
            Caller by,
            AssistanceCategory category,
            String document,
            LocalDate validFrom,
            LocalDate validTo,
            LocalDateTime now,
            TimeLimits limits) {
        requireText(document, "document", "field.document", 60);
        transition(
                by,
                CaseAction.DETERMINE,
                category.label() + "，" + document.strip() + "，" + validFrom + " 起",
                now,
                limits);
        determination = new Determination(category, document.strip(), validFrom, validTo, by.username());
    }

    /**
     * 审批: approves the amount the engine assessed, or a reduced one with the reason (核减), by another clerk than
     * the one who determined the category; the case goes on public notice.
     */
    public void approve(
            Caller by,
            String scheme,
            BigDecimal assessed,
            BigDecimal amount,
            String reason,
            LocalDateTime now,
            TimeLimits limits) {
        CaseRefusedException refusal = FourEyesRule.refusal(by.username(), determinedBy(), "approve");
        if (refusal != null) {
            throw refusal;
        }
        if (amount.signum() < 0 || amount.compareTo(assessed) > 0) {
            throw CaseRefusedException.of("amount", "case.amountRange", assessed.toPlainString());
        }
        boolean lower = amount.compareTo(assessed) < 0;
        if (lower) {
            requireText(reason, "reason", "field.reduction");
        }
        transition(
                by,
                lower ? CaseAction.REDUCE : CaseAction.APPROVE,
                "救助金额 " + amount.toPlainString() + " 元"
                        + (lower ? "（测算 " + assessed.toPlainString() + " 元，核减理由：" + reason.strip() + "）" : "")
                        + note(lower ? null : reason),
                now,
                limits);
        approval = new Approval(scheme, assessed, amount, by.username(), dueOn);
        reduced = lower;
        decided(by, now, CaseState.DETERMINED);
    }

    /** 不予救助 at pre-review, determination or approval, with the reason (appealable). */
    public void reject(Caller by, String reason, LocalDateTime now, TimeLimits limits) {
        requireText(reason, "reason", "field.rejection");
        CaseState at = state;
        if (at == CaseState.DETERMINED) {
            CaseRefusedException refusal = FourEyesRule.refusal(by.username(), determinedBy(), "approve");
            if (refusal != null) {
                throw refusal;
            }
        }
        transition(by, CaseAction.REJECT, reason.strip(), now, limits);
        decided(by, now, at);
    }

    /** 退回补正: back to the township with the reasons. */
    public void returnForCorrection(Caller by, String reasons, LocalDateTime now, TimeLimits limits) {
        requireText(reasons, "reason", "field.return");
        transition(by, CaseAction.RETURN, reasons.strip(), now, limits);
    }

    /** 公示异议: an objection received during the notice sends the case back to approval. */
    public void object(Caller by, String objection, LocalDateTime now, TimeLimits limits) {
        requireText(objection, "reason", "field.objection");
        transition(by, CaseAction.OBJECT, objection.strip(), now, limits);
        approval = approval.withoutNotice();
    }

    /** The notice period has passed without objection: the decision is final. True when it did so now. */
    public boolean endNoticeIfDue(LocalDateTime now, TimeLimits limits) {
        if (!noticeOver(now.toLocalDate())) {
            return false;
        }
        record(
                SYSTEM,
                CaseAction.END_NOTICE,
                "公示期 " + stateSince + " 至 " + approval.noticeUntil() + " 无异议",
                now,
                limits);
        return true;
    }

    /**
     * Where the case stands on a day. A notice period that has passed without objection has made the decision final
     * (公示期满) on the day after it, whether or not the hourly job has recorded that yet: a page shows the case as
     * the law has it without writing, and the next step records the end first.
     */
    public Standing standingOn(LocalDate today, TimeLimits limits) {
        if (!noticeOver(today)) {
            return new Standing(state, stateSince, dueOn);
        }
        LocalDate since = approval.noticeUntil().plusDays(1);
        return new Standing(CaseState.FINAL, since, limits.dueOn(CaseState.FINAL, since));
    }

    /** A state, the day the case entered it, and the day its step is due (null without a time limit). */
    public record Standing(CaseState state, LocalDate since, LocalDate dueOn) {

        public boolean isOverdue(LocalDate today) {
            return dueOn != null && state != CaseState.IN_NOTICE && today.isAfter(dueOn);
        }
    }

    private boolean noticeOver(LocalDate today) {
        return state == CaseState.IN_NOTICE && today.isAfter(approval.noticeUntil());
    }

    /** 拨付: recorded once, by another clerk than the one who approved the amount. */
    public void pay(
            Caller by, LocalDate on, PaymentMethod method, String reference, LocalDateTime now, TimeLimits limits) {
        CaseRefusedException refusal =
                FourEyesRule.refusal(by.username(), approval == null ? null : approval.approvedBy(), "pay");
        if (refusal != null) {
            throw refusal;
        }
        requireText(reference, "reference", "field.reference", 60);
        if (on.isAfter(now.toLocalDate())) {
            throw CaseRefusedException.of("paidOn", "case.paidInFuture");
        }
        transition(by, CaseAction.PAY, method.label() + "，" + reference.strip() + "，" + on, now, limits);
        payment = new Payment(on, method, reference.strip());
    }

    /** The applicant withdraws (recorded by a clerk). */
    public void withdraw(Caller by, String reason, LocalDateTime now, TimeLimits limits) {
        requireText(reason, "reason", "field.withdrawal");
        transition(by, CaseAction.WITHDRAW, reason.strip(), now, limits);
    }

    /** An appeal overturned the decision: the case goes back to the step that decided it. */
    public void reopen(Caller by, String appeal, LocalDateTime now, TimeLimits limits) {
        if (!isAppealable()) {
            throw CaseRefusedException.of(null, "case.nothingToReview", state);
        }
        if (by.role() != cn.ybfp.kernel.Role.COUNTY_STAFF) {
            throw new NotPermittedException("复核由县级经办人员办理");
        }
        CaseState from = state;
        CaseState back = ApplicationProcedure.reopenedAt(state, decision.atState());
        enter(back, now.toLocalDate(), limits);
        events.add(new CaseEvent(this, now, by.username(), from, CaseAction.REOPEN, back, appeal));
        approval = null;
        reduced = false;
        decision = null; // the decision is void: nothing to print or appeal until the step decides again
    }

    private String determinedBy() {
        return determination == null ? null : determination.determinedBy();
    }

    /** A rejection, or a reduced amount not yet paid, may be appealed. */
    public boolean isAppealable() {
        return ApplicationProcedure.appealable(state, reduced);
    }

    // ---- the mechanics ----

    private void transition(Caller by, CaseAction action, String comment, LocalDateTime now, TimeLimits limits) {
        var step = ApplicationProcedure.step(state, action)
                .orElseThrow(() -> CaseRefusedException.of(null, "case.illegalStep", state, action));
        if (!step.actors().contains(by.role())) {
            throw new NotPermittedException("“" + action.label() + "”不是本岗位的职责");
        }
        record(by.username(), action, comment, now, limits);
    }

    private void record(String actor, CaseAction action, String comment, LocalDateTime now, TimeLimits limits) {
        CaseState from = state;
        CaseState to = ApplicationProcedure.step(from, action).orElseThrow().to();
        enter(to, now.toLocalDate(), limits);
        events.add(new CaseEvent(
                this, now, actor, from, action, to, comment == null || comment.isBlank() ? null : comment.strip()));
    }

    private void enter(CaseState next, LocalDate today, TimeLimits limits) {
        state = next;
        stateSince = today;
        dueOn = limits.dueOn(next, today);
    }

    private void decided(Caller by, LocalDateTime now, CaseState at) {
        decision = new Decision(by.username(), now.toLocalDate(), at);
    }

    private static void requireText(String text, String field, String label) {
        requireText(text, field, label, 1000);
    }

    /** @param label the key of the field's name in the module's texts */
    private static void requireText(String text, String field, String label, int maxLength) {
        if (text == null || text.isBlank()) {
            throw CaseRefusedException.of(field, "required", new Refusal.Text(label));
        }
        if (text.strip().length() > maxLength) {
            throw CaseRefusedException.of(field, "tooLong", new Refusal.Text(label), String.valueOf(maxLength));
        }
    }

    /** A decision that can be printed as a decision notice (决定书): a rejection, or an approval not reopened. */
    public boolean hasDecision() {
        return decision != null
                && (state == CaseState.REJECTED
                        || state == CaseState.IN_NOTICE
                        || state == CaseState.FINAL
                        || state == CaseState.PAID);
    }

    private static String note(String comment) {
        return comment == null || comment.isBlank() ? "" : "；" + comment.strip();
    }

    private static String join(Set<Material> materials) {
        return materials.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Material> materials(String joined) {
        Set<Material> set = EnumSet.noneOf(Material.class);
        if (!joined.isEmpty()) {
            Arrays.stream(joined.split(",")).map(Material::valueOf).forEach(set::add);
        }
        return set;
    }

    private static String labels(Set<Material> materials) {
        return materials.isEmpty()
                ? "无"
                : materials.stream().map(Material::label).collect(Collectors.joining("、"));
    }

    // ---- reading ----

    /** "SQ000123": the number clerks and applicants quote. */
    public String number() {
        return number(id);
    }

    public static String number(long id) {
        return String.format("SQ%06d", id);
    }

    public String maskedIdNumber() {
        return ResidentId.mask(idNumber);
    }

    /** The name as the public notice shows it: 张*, 张*明, 欧阳**. */
    public String noticeName() {
        if (personName.length() <= 2) {
            return personName.charAt(0) + "*";
        }
        return personName.charAt(0) + "*".repeat(personName.length() - 2) + personName.charAt(personName.length() - 1);
    }

    public Set<Material> received() {
        return materials(materialsReceived);
    }

    public Set<Material> missing() {
        return materials(materialsMissing);
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public String idNumber() {
        return idNumber;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String village() {
        return village;
    }

    public int year() {
        return year;
    }

    public CaseState state() {
        return state;
    }

    public LocalDate stateSince() {
        return stateSince;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public List<Long> claimIds() {
        return List.copyOf(claimIds);
    }

    public List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    public String surveyResult() {
        return surveyResult;
    }

    public Household household() {
        return household;
    }

    /** Null until the category is determined. */
    public Determination determination() {
        return determination;
    }

    /** Null until approved, and again after an appeal reopened the case. */
    public Approval approval() {
        return approval;
    }

    /** Null until paid. */
    public Payment payment() {
        return payment;
    }

    /** Null until a step decides, and again after an appeal reopened the case. */
    public Decision decision() {
        return decision;
    }

    public boolean reduced() {
        return reduced;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public List<CaseEvent> events() {
        return List.copyOf(events);
    }

    public long version() {
        return version;
    }
}
