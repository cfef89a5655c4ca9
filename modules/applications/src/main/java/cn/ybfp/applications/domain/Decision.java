package cn.ybfp.applications.domain;

import cn.ybfp.applications.api.CaseState;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The decision that can be appealed and printed (决定书): who decided, on which day, at which step. Void once an appeal
 * reopened the case.
 */
@Embeddable
public record Decision(
        @Column(name = "decided_by", length = 64) String decidedBy,
        @Column(name = "decided_on") LocalDate decidedOn,

        @Enumerated(EnumType.STRING) @Column(name = "decided_at_state", length = 30)
        CaseState atState) {}
