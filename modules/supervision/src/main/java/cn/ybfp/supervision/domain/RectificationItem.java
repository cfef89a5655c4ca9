package cn.ybfp.supervision.domain;

import cn.ybfp.supervision.api.RectificationStatus;
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
 * An item of the rectification ledger (问题清单, 云医保〔2020〕128号 二（七）: 列出问题清单和解决时限，一件一件紧盯整改到位):
 * a problem the province found in a county's decision, with its clause, deadline and owner. The county answers with
 * what it did; only the province closes the item (问题不整改不放过、隐患不解决不消号), or sends it back open.
 */
@Entity
@Table(name = "rectification_item")
@Audited
public class RectificationItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rectification_seq")
    @SequenceGenerator(name = "rectification_seq", sequenceName = "rectification_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 6, updatable = false)
    private String county;

    @Column(name = "sample_item_id", nullable = false, updatable = false)
    private long sampleItemId;

    @Column(nullable = false, length = 500, updatable = false)
    private String problem;

    @Column(nullable = false, length = 200, updatable = false)
    private String clause;

    @Column(name = "found_on", nullable = false, updatable = false)
    private LocalDate foundOn;

    @Column(nullable = false, updatable = false)
    private LocalDate deadline;

    @Column(nullable = false, length = 60, updatable = false)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RectificationStatus status;

    @Column(length = 1000)
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Column(name = "province_note", length = 500)
    private String provinceNote;

    @Version
    @Column(nullable = false)
    private long version;

    protected RectificationItem() {}

    public RectificationItem(
            String county,
            long sampleItemId,
            String problem,
            String clause,
            LocalDate foundOn,
            int days,
            String owner) {
        this.county = county;
        this.sampleItemId = sampleItemId;
        this.problem = problem;
        this.clause = clause;
        this.foundOn = foundOn;
        this.deadline = foundOn.plusDays(days);
        this.owner = owner;
        this.status = RectificationStatus.OPEN;
    }

    /** The county's answer: what it did. Again after the province sent the item back. */
    public void answer(String text, String by, LocalDateTime at) {
        if (status != RectificationStatus.OPEN) {
            throw SupervisionException.of(null, "item.notOpen");
        }
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
        this.status = RectificationStatus.ANSWERED;
    }

    /** The province is satisfied: the item is closed (销号). */
    public void close(String by, LocalDateTime at, String note) {
        requireAnswered();
        this.status = RectificationStatus.CLOSED;
        this.closedBy = by;
        this.closedAt = at;
        this.provinceNote = note;
    }

    /** The province is not satisfied: the item is open again, with what is still missing. */
    public void reopen(String note) {
        requireAnswered();
        this.status = RectificationStatus.OPEN;
        this.provinceNote = note;
    }

    private void requireAnswered() {
        if (status != RectificationStatus.ANSWERED) {
            throw SupervisionException.of(null, "item.notAnswered");
        }
    }

    /** Past its deadline and not closed on {@code today}. */
    public boolean overdue(LocalDate today) {
        return status != RectificationStatus.CLOSED && today.isAfter(deadline);
    }

    public Long id() {
        return id;
    }

    public String county() {
        return county;
    }

    public long sampleItemId() {
        return sampleItemId;
    }

    public String problem() {
        return problem;
    }

    public String clause() {
        return clause;
    }

    public LocalDate foundOn() {
        return foundOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public String owner() {
        return owner;
    }

    public RectificationStatus status() {
        return status;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public LocalDateTime answeredAt() {
        return answeredAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public LocalDateTime closedAt() {
        return closedAt;
    }

    public String provinceNote() {
        return provinceNote;
    }

    public long version() {
        return version;
    }
}
