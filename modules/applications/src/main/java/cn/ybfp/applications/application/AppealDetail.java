package cn.ybfp.applications.application;

import cn.ybfp.applications.api.AppealOutcome;
import cn.ybfp.applications.domain.Appeal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An appeal (申诉) as lists and its page read it, copied out of the entity inside the transaction.
 *
 * @param applicationId the case appealed against; null for an appeal against a bill's line
 * @param claimId       the bill appealed against; null for an appeal against a case's decision
 */
public record AppealDetail(
        long id,
        String number,
        Long applicationId,
        Long claimId,
        String billLine,
        String personName,
        String contested,
        String contestedBy,
        LocalDate filedOn,
        String filedBy,
        String grounds,
        AppealOutcome outcome,
        String outcomeReason,
        String decidedBy,
        LocalDateTime decidedAt,
        long version) {

    /** Not reviewed yet. */
    public boolean isOpen() {
        return outcome == null;
    }

    static AppealDetail of(Appeal a) {
        return new AppealDetail(
                a.id(),
                a.number(),
                a.applicationId(),
                a.claimId(),
                a.billLine(),
                a.personName(),
                a.contested(),
                a.contestedBy(),
                a.filedOn(),
                a.filedBy(),
                a.grounds(),
                a.outcome(),
                a.outcomeReason(),
                a.decidedBy(),
                a.decidedAt(),
                a.version());
    }
}
