package cn.ybfp.applications.application;

import cn.ybfp.applications.api.AppealOutcome;
import cn.ybfp.applications.api.AttachmentInfo;
import cn.ybfp.applications.domain.Appeal;
import cn.ybfp.applications.domain.Applications;
import cn.ybfp.applications.domain.AssistanceApplication;
import cn.ybfp.applications.domain.Attachment;
import cn.ybfp.applications.domain.CaseRefusedException;
import cn.ybfp.claims.api.BillLines;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;
import cn.ybfp.kernel.ScanType;
import cn.ybfp.register.api.PersonRecordViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Appeals (申诉 / 复核): against an application's rejection or reduced amount, within the appeal period, or against a
 * line of a settlement bill. The review is another clerk's; overturning reopens the case at the step that decided
 * it, or reverses the bill so that it can be settled anew.
 */
@ApplicationScoped
@Transactional
public class AppealService {

    @Inject
    Applications applications;

    @Inject
    BillLines bills;

    @Inject
    CaseSettings settings;

    @Inject
    PersonRecordViews views;

    /** An appeal as its page shows it. */
    public record AppealView(AppealDetail appeal, CaseDetail application, List<AttachmentInfo> attachments) {}

    public long againstDecision(Caller caller, long applicationId, String grounds) {
        requireLocalStaff(caller);
        AssistanceApplication application = applications
                .find(Jurisdiction.of(caller), applicationId)
                .orElseThrow(() -> new CaseNotFoundException(AssistanceApplication.number(applicationId)));
        if (applications.appealsOf(applicationId).stream().anyMatch(Appeal::isOpen)) {
            throw CaseRefusedException.of(null, "appeal.alreadyOpen");
        }
        Appeal appeal = Appeal.ofApplication(
                application, grounds, caller, settings.now().toLocalDate(), settings.limits());
        applications.add(appeal);
        return appeal.id();
    }

    /** A county clerk contests one line of a bill ("this layer was computed wrongly"). */
    public long againstBillLine(Caller caller, long claimId, int line, String grounds) {
        if (caller.role() != Role.COUNTY_STAFF) {
            throw new NotPermittedException("结算单申诉由县级经办人员提出");
        }
        var contested = bills.line(Jurisdiction.of(caller), claimId, line)
                .orElseThrow(() -> CaseRefusedException.of("line", "appeal.noSuchLine"));
        if (contested.reversed()) {
            throw CaseRefusedException.of(null, "appeal.billReversed", contested.claimNumber());
        }
        Appeal appeal = Appeal.ofBillLine(
                claimId,
                contested.claimNumber(),
                contested.text(),
                contested.townshipCode(),
                contested.personName(),
                contested.settledBy(),
                grounds,
                caller,
                settings.now().toLocalDate());
        applications.add(appeal);
        return appeal.id();
    }

    /** The review; an overturn reopens the case or reverses the bill, in the same transaction. */
    public void decide(Caller caller, long appealId, long version, AppealOutcome outcome, String reason) {
        Appeal appeal = find(caller, appealId);
        if (appeal.version() != version) {
            throw CaseRefusedException.of(null, "appeal.stale");
        }
        if (outcome == null) {
            throw CaseRefusedException.of("outcome", "appeal.chooseOutcome");
        }
        var now = settings.now();
        AssistanceApplication application = appeal.kind() == Appeal.Kind.APPLICATION
                ? applications
                        .find(Jurisdiction.of(caller), appeal.applicationId())
                        .orElseThrow()
                : null;
        if (application != null
                && (application.decision() == null
                        || !appeal.contestedBy().equals(application.decision().decidedBy()))) {
            throw CaseRefusedException.of(null, "appeal.decisionChanged");
        }
        appeal.decide(caller, outcome, reason, now);
        if (outcome == AppealOutcome.OVERTURNED) {
            // the reasons are on the appeal; the case and the bill name it
            String because = "申诉 " + appeal.number() + " 复核撤销原决定";
            if (application != null) {
                application.reopen(caller, because, now, settings.limits());
            } else {
                bills.reverse(caller, appeal.claimId(), because);
            }
        }
        try {
            applications.flush();
        } catch (jakarta.persistence.OptimisticLockException e) {
            throw CaseRefusedException.of(null, "appeal.staleCase");
        }
    }

    public Optional<AppealView> view(Caller caller, long appealId) {
        Jurisdiction jurisdiction = Jurisdiction.of(caller);
        return applications.appeal(jurisdiction, appealId).map(a -> {
            AssistanceApplication application = a.applicationId() == null
                    ? null
                    : applications.find(jurisdiction, a.applicationId()).orElse(null);
            if (application != null) {
                views.viewed(caller, application.personId(), "申诉 " + a.number());
            }
            CaseDetail appealed = application == null
                    ? null
                    : CaseDetail.of(
                            application, application.standingOn(settings.now().toLocalDate(), settings.limits()));
            return new AppealView(AppealDetail.of(a), appealed, applications.attachmentsOfAppeal(a.id()));
        });
    }

    public long attach(Caller caller, long appealId, String fileName, byte[] content) {
        requireLocalStaff(caller);
        Appeal appeal = find(caller, appealId);
        var attachment = new Attachment(
                null,
                appeal.id(),
                "APPEAL",
                ScanType.check(fileName, content, settings.maxAttachmentMb()),
                caller.username(),
                settings.now());
        applications.add(attachment);
        return attachment.id();
    }

    private Appeal find(Caller caller, long appealId) {
        return applications
                .appeal(Jurisdiction.of(caller), appealId)
                .orElseThrow(() -> new CaseNotFoundException(String.format("SS%06d", appealId)));
    }

    private static void requireLocalStaff(Caller caller) {
        if (caller.role() == Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("省级监管人员只能查看");
        }
    }
}
