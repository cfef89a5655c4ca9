package cn.ybfp.booklets.domain;

import cn.ybfp.booklets.api.AuditAction;
import cn.ybfp.booklets.api.Finding;
import cn.ybfp.booklets.api.Responsible;
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
import org.hibernate.envers.Audited;

/**
 * A booklet a draw picked, and its re-check: a reviewer who did not issue it records the finding once; a fault names
 * who is responsible and what follows (云医保〔2020〕128号 二（四）). Every change is kept (Envers).
 */
@Entity
@Table(name = "drawn_booklet")
@Audited
public class DrawnBooklet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drawn_booklet_seq")
    @SequenceGenerator(name = "drawn_booklet_seq", sequenceName = "drawn_booklet_seq", allocationSize = 50)
    private Long id;

    @Column(name = "draw_id", nullable = false, updatable = false)
    private long drawId;

    @Column(name = "booklet_id", nullable = false, updatable = false)
    private long bookletId;

    @Column(name = "booklet_number", nullable = false, length = 16, updatable = false)
    private String bookletNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding", length = 24)
    private Finding finding;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible", length = 16)
    private Responsible responsible;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 20)
    private AuditAction action;

    @Column(name = "found_on")
    private LocalDate foundOn;

    @Column(name = "note", length = 200)
    private String note;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Version
    private long version;

    protected DrawnBooklet() {}

    public DrawnBooklet(BookletDraw draw, Booklet booklet) {
        this.drawId = draw.id();
        this.bookletId = booklet.id();
        this.bookletNumber = booklet.number();
    }

    /**
     * Records the re-check. A fault needs who is responsible and the action; a compliant booklet takes neither.
     *
     * @param issuer who issued the booklet, who may not review it
     */
    public void review(Review review, String issuer, String by, LocalDateTime at) {
        if (finding != null) {
            throw BookletsException.of(null, "audit.reviewed", bookletNumber);
        }
        FourEyesRule.check(by, issuer, "review");
        this.finding = review.finding();
        this.responsible = review.finding().faulty() ? review.responsible() : null;
        this.action = review.finding().faulty() ? review.action() : null;
        this.foundOn = review.on();
        this.note = review.note();
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    /** A re-check as the reviewer records it (checked by the service: a fault names responsible and action). */
    public record Review(Finding finding, Responsible responsible, AuditAction action, LocalDate on, String note) {}

    public Long id() {
        return id;
    }

    public long drawId() {
        return drawId;
    }

    public long bookletId() {
        return bookletId;
    }

    public String bookletNumber() {
        return bookletNumber;
    }

    public Finding finding() {
        return finding;
    }

    public Responsible responsible() {
        return responsible;
    }

    public AuditAction action() {
        return action;
    }

    public LocalDate foundOn() {
        return foundOn;
    }

    public String note() {
        return note;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public LocalDateTime reviewedAt() {
        return reviewedAt;
    }

    public long version() {
        return version;
    }
}
