package cn.ybfp.applications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 审批: the amount approved under which scheme, against the amount the engine assessed, by whom, and the last day of
 * its public notice (null once an objection sent the case back).
 */
@Embeddable
public record Approval(
        @Column(name = "scheme_id", length = 40) String schemeId,

        @Column(name = "assessed_amount", precision = 12, scale = 2)
        BigDecimal assessedAmount,

        @Column(name = "approved_amount", precision = 12, scale = 2)
        BigDecimal approvedAmount,

        @Column(name = "approved_by", length = 64) String approvedBy,
        @Column(name = "notice_until") LocalDate noticeUntil) {

    /** An objection ended the notice: the approval stays on record until the step decides again. */
    Approval withoutNotice() {
        return new Approval(schemeId, assessedAmount, approvedAmount, approvedBy, null);
    }
}
