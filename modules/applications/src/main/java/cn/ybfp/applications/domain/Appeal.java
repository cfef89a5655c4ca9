package cn.ybfp.applications.domain;

import cn.ybfp.applications.api.AppealOutcome;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An appeal (申诉 / 复核), a case of its own linked to what it contests: an application's rejection or reduced
 * amount, or one line of a settlement bill. It is decided by a county clerk other than the one who made the
 * contested decision, upheld or overturned with reasons (GLOSSARY: "kept with its whole trace, decided by another
 * reviewer").
 */
@Entity
@Table(name = "appeal")
public class Appeal {

    /** What an appeal contests. */
    public enum Kind {
        APPLICATION,
        BILL_LINE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
    @SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "claim_id", updatable = false)
    private Long claimId;

    @Column(name = "bill_line", length = 1000, updatable = false)
    private String billLine;

    @Column(name = "township_code", nullable = false, length = 9, updatable = false)
    private String townshipCode;

    @Column(name = "person_name", nullable = false, length = 50, updatable = false)
    private String personName;

    @Column(nullable = false, length = 500, updatable = false)
    private String contested;

    @Column(name = "contested_by", nullable = false, length = 64, updatable = false)
    private String contestedBy;

    @Column(name = "filed_on", nullable = false, updatable = false)
    private LocalDate filedOn;

    @Column(name = "filed_by", nullable = false, length = 64, updatable = false)
    private String filedBy;

    @Column(nullable = false, length = 1000, updatable = false)
    private String grounds;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AppealOutcome outcome;

    @Column(name = "outcome_reason", length = 1000)
    private String outcomeReason;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Version
    private long version;

    protected Appeal() {}

    /** Against an application's decision. */
    public static Appeal ofApplication(
            AssistanceApplication application, String grounds, Caller by, LocalDate today, TimeLimits limits) {
        if (!application.isAppealable()) {
            throw CaseRefusedException.of(null, "appeal.nothingToAppeal", application.state());
        }
        if (today.isAfter(application.decision().decidedOn().plusDays(limits.appealDays()))) {
            throw CaseRefusedException.of(
                    null,
                    "appeal.periodOver",
                    application.decision().decidedOn().toString(),
                    String.valueOf(limits.appealDays()));
        }
        String decision = application.reduced()
                ? "核减救助金额为 " + application.approval().approvedAmount() + " 元"
                : "不予救助（" + application.decision().atState().label() + "）";
        return new Appeal(
                Kind.APPLICATION,
                application.id(),
                null,
                null,
                application.townshipCode(),
                application.personName(),
                decision,
                application.decision().decidedBy(),
                grounds,
                by,
                today);
    }

    /** Against one line of a settlement bill. */
    public static Appeal ofBillLine(
            long claimId,
            String claimNumber,
            String line,
            String townshipCode,
            String personName,
            String settledBy,
            String grounds,
            Caller by,
            LocalDate today) {
        return new Appeal(
                Kind.BILL_LINE,
                null,
                claimId,
                line,
                townshipCode,
                personName,
                "结算单 " + claimNumber,
                settledBy,
                grounds,
                by,
                today);
    }

    private Appeal(
            Kind kind,
            Long applicationId,
            Long claimId,
            String billLine,
            String townshipCode,
            String personName,
            String contested,
            String contestedBy,
            String grounds,
            Caller by,
            LocalDate today) {
        if (grounds == null || grounds.isBlank() || grounds.strip().length() > 1000) {
            throw CaseRefusedException.of("grounds", "appeal.groundsRequired");
        }
        this.kind = kind;
        this.applicationId = applicationId;
        this.claimId = claimId;
        this.billLine = billLine;
        this.townshipCode = townshipCode;
        this.personName = personName;
        this.contested = contested;
        this.contestedBy = contestedBy;
        this.grounds = grounds.strip();
        this.filedBy = by.username();
        this.filedOn = today;
    }

    /** The review: by a county clerk who neither made the contested decision nor filed the appeal, once. */
    public void decide(Caller by, AppealOutcome result, String reason, LocalDateTime now) {
        if (by.role() != Role.COUNTY_STAFF) {
            throw new NotPermittedException("复核由县级经办人员办理");
        }
        if (outcome != null) {
            throw CaseRefusedException.of(
                    null, "appeal.alreadyDecided", decidedAt.toLocalDate().toString(), decidedBy);
        }
        CaseRefusedException refusal = FourEyesRule.refusal(by.username(), contestedBy, "review");
        if (refusal == null) {
            refusal = FourEyesRule.refusal(by.username(), filedBy, "ownAppeal");
        }
        if (refusal != null) {
            throw refusal;
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw CaseRefusedException.of("reason", "appeal.reasonRequired");
        }
        this.outcome = result;
        this.outcomeReason = reason.strip();
        this.decidedBy = by.username();
        this.decidedAt = now;
    }

    public String number() {
        return String.format("SS%06d", id);
    }

    public boolean isOpen() {
        return outcome == null;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Long applicationId() {
        return applicationId;
    }

    public Long claimId() {
        return claimId;
    }

    public String billLine() {
        return billLine;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String personName() {
        return personName;
    }

    public String contested() {
        return contested;
    }

    public String contestedBy() {
        return contestedBy;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public String filedBy() {
        return filedBy;
    }

    public String grounds() {
        return grounds;
    }

    public AppealOutcome outcome() {
        return outcome;
    }

    public String outcomeReason() {
        return outcomeReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public LocalDateTime decidedAt() {
        return decidedAt;
    }

    public long version() {
        return version;
    }
}
