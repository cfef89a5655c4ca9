package cn.ybfp.register.domain;

import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.SubsidyType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A person's resident-insurance enrolment for one year: its status, the contribution due, and the subsidy decided
 * when it was recorded (kept as decided, see {@link SubsidyDetermination}).
 */
@Entity
@Table(name = "enrolment")
@Audited
public class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "enrolment_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "contribution_due", nullable = false, precision = 12, scale = 2)
    private BigDecimal contributionDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "subsidy_type", nullable = false, length = 8)
    private SubsidyType subsidyType;

    @Column(name = "subsidy_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal subsidyAmount;

    @Column(name = "paid_date")
    private LocalDate paidDate;

    @Column(name = "over_subsidised", nullable = false)
    private boolean overSubsidised;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Enrolment() {}

    public Enrolment(
            Person person,
            int year,
            EnrolmentStatus status,
            BigDecimal contributionDue,
            SubsidyDetermination.Subsidy subsidy,
            LocalDate paidDate,
            boolean overSubsidised) {
        this.person = person;
        this.year = year;
        this.status = status;
        this.contributionDue = contributionDue;
        this.subsidyType = subsidy.type();
        this.subsidyAmount = subsidy.amount();
        this.paidDate = paidDate;
        this.overSubsidised = overSubsidised;
    }

    public int year() {
        return year;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public BigDecimal contributionDue() {
        return contributionDue;
    }

    public SubsidyType subsidyType() {
        return subsidyType;
    }

    public BigDecimal subsidyAmount() {
        return subsidyAmount;
    }

    public LocalDate paidDate() {
        return paidDate;
    }

    public boolean overSubsidised() {
        return overSubsidised;
    }
}
