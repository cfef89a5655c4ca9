package cn.ybfp.applications.domain;

import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One transition of a case, kept for ever: who, when, from which state, by which action, and the comment. */
@Entity
@Table(name = "application_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_event_seq")
    @SequenceGenerator(name = "application_event_seq", sequenceName = "application_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id", updatable = false)
    private AssistanceApplication application;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private LocalDateTime at;

    @Column(name = "actor", nullable = false, length = 64, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 30, updatable = false)
    private CaseState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 30, updatable = false)
    private CaseState to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CaseAction action;

    @Column(length = 2000, updatable = false)
    private String comment;

    protected CaseEvent() {}

    CaseEvent(
            AssistanceApplication application,
            LocalDateTime at,
            String actor,
            CaseState from,
            CaseAction action,
            CaseState to,
            String comment) {
        this.application = application;
        this.at = at;
        this.actor = actor;
        this.from = from;
        this.action = action;
        this.to = to;
        this.comment = comment;
    }

    public Long id() {
        return id;
    }

    public LocalDateTime at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public CaseState from() {
        return from;
    }

    public CaseState to() {
        return to;
    }

    public CaseAction action() {
        return action;
    }

    public String comment() {
        return comment;
    }
}
