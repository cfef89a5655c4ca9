package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.register.api.InsuredPerson;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A confirmed claim and its bill (一单制结算单). Final: the bill, the person's categories and class on the claim
 * date and the scheme are written once and never recomputed, whatever later happens to the person or the scheme.
 * The only change is a reversal (冲正), which keeps the claim and its bill and records who reversed it, when and why;
 * the correction is a new claim with a new number that names the reversed one.
 */
@Entity
@Table(name = "settled_claim")
public class SettledClaim {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "settled_claim_seq")
    @SequenceGenerator(name = "settled_claim_seq", sequenceName = "settled_claim_seq", allocationSize = 50)
    private Long id;

    @Column(name = "claim_number", nullable = false, length = 40, updatable = false)
    private String claimNumber;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "person_name", nullable = false, length = 50, updatable = false)
    private String personName;

    @Column(name = "id_number_masked", nullable = false, length = 18, updatable = false)
    private String idNumberMasked;

    @Column(name = "township_code", nullable = false, length = 9, updatable = false)
    private String townshipCode;

    @Column(name = "scheme_id", nullable = false, length = 40, updatable = false)
    private String schemeId;

    @Column(nullable = false, length = 200, updatable = false)
    private String categories;

    @Column(name = "assistance_class", updatable = false)
    private Integer assistanceClass;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ClaimKind kind;

    @Column(name = "claim_date", nullable = false, updatable = false)
    private LocalDate claimDate;

    @Column(name = "claim_year", nullable = false, updatable = false)
    private int claimYear;

    @Column(nullable = false, length = 100, updatable = false)
    private String hospital;

    /** The designated institution's national code (医保定点机构编码); null where the claim predates the registry. */
    @Column(name = "institution_code", length = 12)
    private String institutionCode;

    @Column(name = "hospital_level", updatable = false)
    private Integer hospitalLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Referral referral;

    @Column(name = "out_of_province", nullable = false, updatable = false)
    private boolean outOfProvince;

    @Column(name = "total_cost", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal totalCost;

    @Column(name = "out_of_policy_cost", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal outOfPolicyCost;

    @Column(name = "reported_reduction", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal reportedReduction;

    @Column(name = "reported_supplementary", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal reportedSupplementary;

    /** The outpatient claim's disease code (医保门诊慢特病病种代码), or null. */
    @Column(length = 6, updatable = false)
    private String disease;

    /** The booklet that covered the outpatient chronic or special-disease claim, or null. */
    @Column(name = "booklet_number", length = 16, updatable = false)
    private String bookletNumber;

    @Column(name = "disease_name", length = 60, updatable = false)
    private String diseaseName;

    /** The inpatient claim's day of admission, or null. */
    @Column(name = "admission_date", updatable = false)
    private LocalDate admissionDate;

    @Embedded
    private StoredBill paid;

    @Embedded
    private StoredChange change;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Channel channel;

    @Column(name = "settled_by", nullable = false, length = 64, updatable = false)
    private String settledBy;

    @Column(name = "settled_at", nullable = false, updatable = false)
    private LocalDateTime settledAt;

    @Column(length = 40, updatable = false)
    private String corrects;

    @Column(name = "reversed_by", length = 64)
    private String reversedBy;

    @Column(name = "reversed_at")
    private LocalDateTime reversedAt;

    @Column(name = "reversal_reason", length = 200)
    private String reversalReason;

    @Version
    private long version;

    /** Where the claim was confirmed: a county clerk in the portal, or a hospital system through the API. */
    public enum Channel {
        PORTAL,
        API
    }

    protected SettledClaim() {}

    public SettledClaim(
            ClaimEntry entry,
            String schemeId,
            InsuredPerson person,
            Integer assistanceClass,
            SettlementEngine.Settled settled,
            Channel channel,
            String settledBy,
            LocalDateTime settledAt) {
        Claim claim = entry.claim();
        Bill bill = settled.bill();
        this.claimNumber = claim.id();
        this.personId = person.id();
        this.personName = person.name();
        this.idNumberMasked = person.residentId().masked();
        this.townshipCode = person.township().value();
        this.schemeId = schemeId;
        this.categories = person.categories().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.assistanceClass = assistanceClass;
        this.birthDate = person.birthDate();
        this.kind = claim.kind();
        this.claimDate = claim.date();
        this.claimYear = claim.date().getYear();
        this.hospital = entry.hospital();
        this.institutionCode = entry.institutionCode();
        this.hospitalLevel = claim.hospitalLevel();
        this.referral = claim.referral();
        this.outOfProvince = claim.outOfProvince();
        this.totalCost = claim.totalCost();
        this.outOfPolicyCost = claim.outOfPolicyCost();
        this.reportedReduction = claim.hospitalReduction();
        this.reportedSupplementary = claim.supplementaryInsurance();
        this.disease = claim.disease();
        this.admissionDate = claim.admissionDate();
        this.corrects = entry.corrects();
        this.bookletNumber = entry.booklet();
        this.diseaseName = entry.diseaseName();
        this.paid = StoredBill.of(bill);
        this.change = StoredChange.of(settled.change());
        this.channel = channel;
        this.settledBy = settledBy;
        this.settledAt = settledAt;
    }

    /** What this claim changed in its year's accumulators. */
    public YearTotals change() {
        return change.totals();
    }

    /** The bill as the engine made it, rebuilt from the stored figures. */
    public Bill bill() {
        return new Bill(
                claimNumber,
                kind,
                claimDate,
                totalCost,
                outOfPolicyCost,
                paid.inPolicy(),
                paid.basic(),
                paid.criticalIllness(),
                paid.assistance(),
                paid.tiltedAssistance(),
                paid.hospitalReduction(),
                paid.supplementary(),
                paid.reassistance(),
                paid.personalPayment(),
                paid.lines());
    }

    /** The same claim as the engine takes it: to tell a hospital's retry from a different claim. */
    public Claim claim() {
        return new Claim(
                claimNumber,
                kind,
                claimDate,
                hospitalLevel,
                referral,
                outOfProvince,
                totalCost,
                outOfPolicyCost,
                reportedReduction,
                reportedSupplementary,
                disease,
                admissionDate);
    }

    public void reverse(String by, String reason, LocalDateTime at) {
        if (isReversed()) {
            throw new IllegalStateException("claim " + claimNumber + " is already reversed");
        }
        this.reversedBy = by;
        this.reversedAt = at;
        this.reversalReason = reason;
    }

    public boolean isReversed() {
        return reversedAt != null;
    }

    public List<AssistanceCategory> categoryList() {
        return categories.isEmpty()
                ? List.of()
                : Arrays.stream(categories.split(","))
                        .map(AssistanceCategory::valueOf)
                        .toList();
    }

    public Long id() {
        return id;
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

    public String schemeId() {
        return schemeId;
    }

    public Integer assistanceClass() {
        return assistanceClass;
    }

    public LocalDate birthDate() {
        return birthDate;
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

    public String hospital() {
        return hospital;
    }

    public String institutionCode() {
        return institutionCode;
    }

    public Integer hospitalLevel() {
        return hospitalLevel;
    }

    public Referral referral() {
        return referral;
    }

    public boolean outOfProvince() {
        return outOfProvince;
    }

    public BigDecimal totalCost() {
        return totalCost;
    }

    public BigDecimal outOfPolicyCost() {
        return outOfPolicyCost;
    }

    public String disease() {
        return disease;
    }

    public LocalDate admissionDate() {
        return admissionDate;
    }

    public String bookletNumber() {
        return bookletNumber;
    }

    public String diseaseName() {
        return diseaseName;
    }

    public Channel channel() {
        return channel;
    }

    public String settledBy() {
        return settledBy;
    }

    public LocalDateTime settledAt() {
        return settledAt;
    }

    public String corrects() {
        return corrects;
    }

    public String reversedBy() {
        return reversedBy;
    }

    public LocalDateTime reversedAt() {
        return reversedAt;
    }

    public String reversalReason() {
        return reversalReason;
    }

    public long version() {
        return version;
    }
}
