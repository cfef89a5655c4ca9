package cn.ybfp.applications.application;

import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.applications.api.Material;
import cn.ybfp.applications.api.PaymentMethod;
import cn.ybfp.applications.domain.Approval;
import cn.ybfp.applications.domain.AssistanceApplication;
import cn.ybfp.applications.domain.CaseEvent;
import cn.ybfp.applications.domain.Decision;
import cn.ybfp.applications.domain.Determination;
import cn.ybfp.applications.domain.Payment;
import cn.ybfp.applications.domain.Receipt;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.kernel.AssistanceCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A case as its page and its printables read it, copied out of the entity inside the transaction: the page never
 * touches a lazy collection, and nothing it does can change the case. The full ID number is here for the printed
 * application form only; lists use {@link #maskedIdNumber()}.
 *
 * @param appealable        a rejection, or a reduced amount not yet paid, that may be appealed
 * @param decisionPrintable a decision that prints as a decision notice (决定书)
 */
public record CaseDetail(
        long id,
        String number,
        String personName,
        String idNumber,
        String maskedIdNumber,
        String village,
        int year,
        CaseState state,
        LocalDate stateSince,
        LocalDate dueOn,
        int householdMembers,
        BigDecimal householdIncome,
        String assets,
        Set<Material> received,
        Set<Material> missing,
        List<ReceiptLine> receipts,
        String surveyResult,
        AssistanceCategory grantedCategory,
        String decisionDocument,
        String determinedBy,
        BigDecimal assessedAmount,
        BigDecimal approvedAmount,
        String approvedBy,
        boolean reduced,
        LocalDate noticeUntil,
        LocalDate paidOn,
        PaymentMethod paymentMethod,
        String paymentReference,
        String decidedBy,
        LocalDate decidedOn,
        LocalDateTime createdAt,
        List<EventLine> events,
        long version,
        boolean appealable,
        boolean decisionPrintable) {

    /** A receipt entered by hand (票据). */
    public record ReceiptLine(
            String hospital,
            ClaimKind kind,
            LocalDate date,
            Integer hospitalLevel,
            BigDecimal totalCost,
            BigDecimal outOfPolicyCost) {}

    /** One line of the case's trail: who, when, from which state, by which action, with what comment. */
    public record EventLine(
            LocalDateTime at, String actor, CaseState from, CaseAction action, CaseState to, String comment) {}

    /** The case where it stands (see {@link AssistanceApplication#standingOn}). */
    static CaseDetail of(AssistanceApplication a, AssistanceApplication.Standing standing) {
        var determination = Optional.ofNullable(a.determination());
        var approval = Optional.ofNullable(a.approval());
        var payment = Optional.ofNullable(a.payment());
        var decision = Optional.ofNullable(a.decision());
        return new CaseDetail(
                a.id(),
                a.number(),
                a.personName(),
                a.idNumber(),
                a.maskedIdNumber(),
                a.village(),
                a.year(),
                standing.state(),
                standing.since(),
                standing.dueOn(),
                a.household().members(),
                a.household().income(),
                a.household().assets(),
                a.received(),
                a.missing(),
                a.receipts().stream().map(CaseDetail::line).toList(),
                a.surveyResult(),
                determination.map(Determination::category).orElse(null),
                determination.map(Determination::document).orElse(null),
                determination.map(Determination::determinedBy).orElse(null),
                approval.map(Approval::assessedAmount).orElse(null),
                approval.map(Approval::approvedAmount).orElse(null),
                approval.map(Approval::approvedBy).orElse(null),
                a.reduced(),
                approval.map(Approval::noticeUntil).orElse(null),
                payment.map(Payment::paidOn).orElse(null),
                payment.map(Payment::method).orElse(null),
                payment.map(Payment::reference).orElse(null),
                decision.map(Decision::decidedBy).orElse(null),
                decision.map(Decision::decidedOn).orElse(null),
                a.createdAt(),
                a.events().stream().map(CaseDetail::line).toList(),
                a.version(),
                a.isAppealable(),
                a.hasDecision());
    }

    private static ReceiptLine line(Receipt r) {
        return new ReceiptLine(r.hospital(), r.kind(), r.date(), r.hospitalLevel(), r.totalCost(), r.outOfPolicyCost());
    }

    private static EventLine line(CaseEvent e) {
        return new EventLine(e.at(), e.actor(), e.from(), e.action(), e.to(), e.comment());
    }
}
