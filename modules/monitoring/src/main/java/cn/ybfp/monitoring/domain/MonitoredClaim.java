package cn.ybfp.monitoring.domain;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.ClaimSettled;
import cn.ybfp.kernel.AssistanceCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * A confirmed claim as monitoring keeps it, from the claims module's {@link ClaimSettled} event: the facts the
 * warnings, the out-of-catalogue share and the screens need, and whether it was reversed since. Monitoring never
 * reads the claims module's tables.
 */
@Entity
@Table(name = "monitored_claim")
public class MonitoredClaim {

    /** The claims module's id of the claim. */
    @Id
    @Column(name = "claim_id")
    private long claimId;

    @Column(name = "claim_number", nullable = false, length = 40)
    private String claimNumber;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, length = 50)
    private String personName;

    @Column(name = "id_number_masked", nullable = false, length = 18)
    private String idNumberMasked;

    @Column(name = "township_code", nullable = false, length = 9)
    private String townshipCode;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Column(name = "pooling_region", nullable = false, length = 6)
    private String poolingRegion;

    /** The person's categories on the claim's date, comma-separated; empty for a person of no category. */
    @Column(nullable = false, length = 200)
    private String categories;

    /** A target person (any category) on the claim's date. */
    @Column(nullable = false)
    private boolean target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimKind kind;

    @Column(name = "claim_date", nullable = false)
    private LocalDate claimDate;

    @Column(name = "claim_year", nullable = false)
    private int claimYear;

    @Column(name = "admission_date")
    private LocalDate admissionDate;

    @Column(nullable = false, length = 100)
    private String hospital;

    @Column(name = "hospital_level")
    private Integer hospitalLevel;

    @Column(name = "total_cost", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalCost;

    @Column(name = "out_of_policy_cost", nullable = false, precision = 12, scale = 2)
    private BigDecimal outOfPolicyCost;

    @Column(name = "personal_payment", nullable = false, precision = 12, scale = 2)
    private BigDecimal personalPayment;

    @Column(nullable = false)
    private boolean reversed;

    protected MonitoredClaim() {}

    public MonitoredClaim(ClaimSettled settled) {
        this.claimId = settled.claimId();
        this.claimNumber = settled.claimNumber();
        this.personId = settled.personId();
        this.personName = settled.personName();
        this.idNumberMasked = settled.idNumberMasked();
        this.townshipCode = settled.township().value();
        this.countyCode = settled.township().value().substring(0, 6);
        this.poolingRegion = settled.poolingRegion().value();
        this.categories = settled.categories().stream()
                .map(AssistanceCategory::name)
                .sorted()
                .collect(Collectors.joining(","));
        this.target = !settled.categories().isEmpty();
        this.kind = settled.kind();
        this.claimDate = settled.date();
        this.claimYear = settled.year();
        this.admissionDate = settled.admissionDate();
        this.hospital = settled.hospital();
        this.hospitalLevel = settled.hospitalLevel();
        this.totalCost = settled.totalCost();
        this.outOfPolicyCost = settled.outOfPolicyCost();
        this.personalPayment = settled.personalPayment();
    }

    public void reverse() {
        this.reversed = true;
    }

    /** The stay this inpatient claim pays for; null for another claim. */
    public Stay stay() {
        return kind == ClaimKind.INPATIENT && admissionDate != null
                ? new Stay(claimId, hospital, admissionDate, claimDate)
                : null;
    }

    public long claimId() {
        return claimId;
    }

    public String claimNumber() {
        return claimNumber;
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

    public String poolingRegion() {
        return poolingRegion;
    }

    public String categories() {
        return categories;
    }

    public boolean target() {
        return target;
    }

    public ClaimKind kind() {
        return kind;
    }

    public LocalDate claimDate() {
        return claimDate;
    }

    public int claimYear() {
        return claimYear;
    }

    public LocalDate admissionDate() {
        return admissionDate;
    }

    public String hospital() {
        return hospital;
    }

    public Integer hospitalLevel() {
        return hospitalLevel;
    }

    public BigDecimal totalCost() {
        return totalCost;
    }

    public BigDecimal outOfPolicyCost() {
        return outOfPolicyCost;
    }

    public BigDecimal personalPayment() {
        return personalPayment;
    }

    public boolean reversed() {
        return reversed;
    }
}
