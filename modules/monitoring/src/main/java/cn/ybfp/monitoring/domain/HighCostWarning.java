package cn.ybfp.monitoring.domain;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.monitoring.api.WarningKind;
import cn.ybfp.monitoring.api.WarningStatus;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A high-cost early warning (高额医疗费用预警) of one person and year, and its closed loop: raised when a settled claim
 * takes the yearly personal payment to the threshold ({@link HighCostWarningRule}), pushed to civil affairs and rural
 * revitalisation, answered by their feedback (recognised as a category, which opens an assistance case, or not), or
 * withdrawn by a reversal. One per person and year (a unique key): raised once, whatever the claims that follow.
 */
@Entity
@Audited
@Table(name = "high_cost_warning")
public class HighCostWarning {

    private static final Set<WarningStatus> OPEN = EnumSet.of(WarningStatus.RAISED, WarningStatus.PUSHED);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "high_cost_warning_seq")
    @SequenceGenerator(name = "high_cost_warning_seq", sequenceName = "high_cost_warning_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, length = 50, updatable = false)
    private String personName;

    @Column(name = "id_number_masked", nullable = false, length = 18, updatable = false)
    private String idNumberMasked;

    @Column(name = "township_code", nullable = false, length = 9, updatable = false)
    private String townshipCode;

    @Column(name = "county_code", nullable = false, length = 6, updatable = false)
    private String countyCode;

    @Column(name = "warning_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private WarningKind kind;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal threshold;

    /**
     * The yearly personal payment on the person's standing bills, kept current while the warning is open. Not in the
     * warning's history: it follows every claim of the person (whose own history the claims keep), and a revision per
     * claim would cost every settlement of a warned person an audited write; the history records what people did.
     */
    @NotAudited
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal burden;

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private WarningStatus status;

    @Column(name = "push_id")
    private Long pushId;

    @Column(name = "pushed_on")
    private LocalDate pushedOn;

    /** The day the feedback was applied, or the day of the withdrawal. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "recognised_category", length = 30)
    private AssistanceCategory recognisedCategory;

    @Column(name = "document_number", length = 60)
    private String documentNumber;

    @Column(name = "recognised_from")
    private LocalDate recognisedFrom;

    /** Why the department did not recognise the person, or why the warning was withdrawn. */
    @Column(name = "closing_note", length = 200)
    private String closingNote;

    @Column(name = "case_id")
    private Long caseId;

    @Version
    private long version;

    protected HighCostWarning() {}

    public HighCostWarning(
            MonitoredClaim claim, int year, WarningKind kind, BigDecimal threshold, BigDecimal burden, LocalDate on) {
        this.personId = claim.personId();
        this.personName = claim.personName();
        this.idNumberMasked = claim.idNumberMasked();
        this.townshipCode = claim.townshipCode();
        this.countyCode = claim.countyCode();
        this.year = year;
        this.kind = kind;
        this.threshold = threshold;
        this.burden = burden;
        this.raisedOn = on;
        this.status = WarningStatus.RAISED;
    }

    /**
     * The yearly burden changed (another claim, a reversal): below the threshold an open warning is withdrawn; a
     * withdrawn one that reaches it again is raised again (still one warning for the person's year).
     */
    public void burdenNow(BigDecimal burden, LocalDate on) {
        boolean reaches = HighCostWarningRule.reaches(burden, threshold);
        if (status == WarningStatus.WITHDRAWN && reaches) { // a new claim took it over again: the same warning
            this.status = WarningStatus.RAISED;
            this.closedOn = null;
            this.closingNote = null;
        }
        if (!isOpen()) {
            return;
        }
        this.burden = burden;
        if (!reaches) {
            this.status = WarningStatus.WITHDRAWN;
            this.closedOn = on;
            this.closingNote = "冲正后年度个人负担低于预警标准";
        }
    }

    public void pushed(long pushId, LocalDate on) {
        if (status != WarningStatus.RAISED) {
            throw new IllegalStateException("warning " + id + " is " + status);
        }
        this.status = WarningStatus.PUSHED;
        this.pushId = pushId;
        this.pushedOn = on;
    }

    /** The department recognised the person: the register has the category, and a case was opened. */
    public void assisted(
            AssistanceCategory category, String documentNumber, LocalDate from, long caseId, LocalDate on) {
        answered(on);
        this.status = WarningStatus.ASSISTED;
        this.recognisedCategory = category;
        this.documentNumber = documentNumber;
        this.recognisedFrom = from;
        this.caseId = caseId;
    }

    public void notRecognised(String reason, LocalDate on) {
        answered(on);
        this.status = WarningStatus.NOT_RECOGNISED;
        this.closingNote = reason;
    }

    private void answered(LocalDate on) {
        if (status != WarningStatus.PUSHED) {
            throw new IllegalStateException("warning " + id + " is " + status);
        }
        this.closedOn = on;
    }

    public boolean isOpen() {
        return OPEN.contains(status);
    }

    /** Pushed and still unanswered after the departments' days: on the county's to-do list. */
    public boolean isOverdue(LocalDate today, int feedbackDays) {
        return status == WarningStatus.PUSHED && pushedOn.plusDays(feedbackDays).isBefore(today);
    }

    /** The number people quote: YJ and six digits. */
    public String number() {
        return number(id);
    }

    public static String number(long id) {
        return String.format("YJ%06d", id);
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

    public String idNumberMasked() {
        return idNumberMasked;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String countyCode() {
        return countyCode;
    }

    public int year() {
        return year;
    }

    public WarningKind kind() {
        return kind;
    }

    public BigDecimal threshold() {
        return threshold;
    }

    public BigDecimal burden() {
        return burden;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public WarningStatus status() {
        return status;
    }

    public Long pushId() {
        return pushId;
    }

    public LocalDate pushedOn() {
        return pushedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public AssistanceCategory recognisedCategory() {
        return recognisedCategory;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public LocalDate recognisedFrom() {
        return recognisedFrom;
    }

    public String closingNote() {
        return closingNote;
    }

    public Long caseId() {
        return caseId;
    }

    public long version() {
        return version;
    }
}
