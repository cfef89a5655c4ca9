package cn.ybfp.monitoring.domain;

import cn.ybfp.monitoring.api.ReviewOutcome;
import cn.ybfp.monitoring.api.ScreenKind;
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
 * What a screen of hospital behaviour flagged, for review: it penalises nothing. A reviewer closes it with an outcome
 * and a note. Its key (kind and the claim, or kind, institution and quarter) is unique: a screen run again finds the
 * flag already there.
 */
@Entity
@Audited
@Table(name = "screen_flag")
public class ScreenFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screen_flag_seq")
    @SequenceGenerator(name = "screen_flag_seq", sequenceName = "screen_flag_seq", allocationSize = 50)
    private Long id;

    @Column(name = "flag_key", nullable = false, length = 160, updatable = false)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private ScreenKind kind;

    @Column(name = "county_code", nullable = false, length = 6, updatable = false)
    private String countyCode;

    /** The person's township; for an institution's flag, the county's code. */
    @Column(name = "township_code", nullable = false, length = 9, updatable = false)
    private String townshipCode;

    @Column(nullable = false, length = 100, updatable = false)
    private String hospital;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "person_name", length = 50, updatable = false)
    private String personName;

    @Column(name = "id_number_masked", length = 18, updatable = false)
    private String idNumberMasked;

    /** The claim flagged (the later stay, the outpatient claim); null for an institution's flag. */
    @Column(name = "claim_id", updatable = false)
    private Long claimId;

    /** The stay it is compared with; null for an institution's flag. */
    @Column(name = "other_claim_id", updatable = false)
    private Long otherClaimId;

    @Column(name = "flag_year", nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, length = 200, updatable = false)
    private String detail;

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ReviewOutcome outcome;

    @Column(name = "review_note", length = 500)
    private String reviewNote;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Version
    private long version;

    protected ScreenFlag() {}

    /** A flag on a claim of a person, compared with another of their claims. */
    public static ScreenFlag ofClaim(
            ScreenKind kind, MonitoredClaim claim, long otherClaimId, String detail, LocalDate on) {
        ScreenFlag flag = new ScreenFlag(
                kind, kind.name() + ":" + claim.claimId(), claim.countyCode(), claim.hospital(), detail, on);
        flag.townshipCode = claim.townshipCode();
        flag.personId = claim.personId();
        flag.personName = claim.personName();
        flag.idNumberMasked = claim.idNumberMasked();
        flag.claimId = claim.claimId();
        flag.otherClaimId = otherClaimId;
        flag.year = claim.claimYear();
        return flag;
    }

    /** A flag on an institution of a county for a quarter ("2026Q1"). */
    public static ScreenFlag ofInstitution(
            ScreenKind kind,
            String countyCode,
            String hospital,
            int year,
            String quarter,
            String detail,
            LocalDate on) {
        ScreenFlag flag = new ScreenFlag(
                kind,
                kind.name() + ":" + countyCode + ":" + quarter + ":" + hospital,
                countyCode,
                hospital,
                detail,
                on);
        flag.townshipCode = countyCode;
        flag.year = year;
        return flag;
    }

    private ScreenFlag(ScreenKind kind, String key, String countyCode, String hospital, String detail, LocalDate on) {
        this.kind = kind;
        this.key = key.length() <= 160 ? key : key.substring(0, 160);
        this.countyCode = countyCode;
        this.hospital = hospital;
        this.detail = detail;
        this.raisedOn = on;
    }

    /** Closes the flag; a closed flag is not reviewed again. */
    public void review(ReviewOutcome outcome, String note, String by, LocalDateTime at) {
        if (this.outcome != null) {
            throw MonitoringException.of(null, "flag.reviewed", reviewedBy);
        }
        this.outcome = outcome;
        this.reviewNote = note;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public boolean isOpen() {
        return outcome == null;
    }

    public Long id() {
        return id;
    }

    public String key() {
        return key;
    }

    public ScreenKind kind() {
        return kind;
    }

    public String countyCode() {
        return countyCode;
    }

    public String townshipCode() {
        return townshipCode;
    }

    public String hospital() {
        return hospital;
    }

    public Long personId() {
        return personId;
    }

    public String personName() {
        return personName;
    }

    public String idNumberMasked() {
        return idNumberMasked;
    }

    public Long claimId() {
        return claimId;
    }

    public Long otherClaimId() {
        return otherClaimId;
    }

    public int year() {
        return year;
    }

    public String detail() {
        return detail;
    }

    public LocalDate raisedOn() {
        return raisedOn;
    }

    public ReviewOutcome outcome() {
        return outcome;
    }

    public String reviewNote() {
        return reviewNote;
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
