package cn.ybfp.claims.domain;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Beijing;
import cn.ybfp.register.api.InsuredPerson;
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

    @Column(name = "in_policy", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal inPolicy;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal basic;

    @Column(name = "critical_illness", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal criticalIllness;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal assistance;

    @Column(name = "tilted_assistance", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal tiltedAssistance;

    @Column(name = "hospital_reduction", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal hospitalReduction;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal supplementary;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal reassistance;

    @Column(name = "personal_payment", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal personalPayment;

    @Column(name = "rule_lines", nullable = false, length = 8000, updatable = false)
    private String ruleLines;

    @Column(name = "ch_basic_inpatient", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal chBasicInpatient;

    @Column(name = "ch_basic_outpatient", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal chBasicOutpatient;

    @Column(name = "ch_inpatient_deductible", precision = 12, scale = 2, updatable = false)
    private BigDecimal chInpatientDeductible;

    @Column(name = "ch_ci_base", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal chCiBase;

    @Column(name = "ch_ci_paid", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal chCiPaid;

    @Column(name = "ch_assist_deductible", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal chAssistDeductible;

    @Column(name = "ch_assist_paid", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal chAssistPaid;

    @Column(name = "ch_tilted_burden", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal chTiltedBurden;

    @Column(name = "ch_tilted_paid", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal chTiltedPaid;

    @Column(name = "ch_reassist_rest", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal chReassistRest;

    @Column(name = "ch_reassist_paid", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal chReassistPaid;

    @Column(name = "ch_pku_paid", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal chPkuPaid;

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
            String settledBy) {
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
        this.hospitalLevel = claim.hospitalLevel();
        this.referral = claim.referral();
        this.outOfProvince = claim.outOfProvince();
        this.totalCost = claim.totalCost();
        this.outOfPolicyCost = claim.outOfPolicyCost();
        this.reportedReduction = claim.hospitalReduction();
        this.reportedSupplementary = claim.supplementaryInsurance();
        this.corrects = entry.corrects();
        copyBill(bill);
        copyChange(settled.change());
        this.channel = channel;
        this.settledBy = settledBy;
        this.settledAt = Beijing.now();
    }

    private void copyBill(Bill bill) {
        inPolicy = bill.inPolicy();
        basic = bill.basic();
        criticalIllness = bill.criticalIllness();
        assistance = bill.assistance();
        tiltedAssistance = bill.tiltedAssistance();
        hospitalReduction = bill.hospitalReduction();
        supplementary = bill.supplementaryInsurance();
        reassistance = bill.reassistance();
        personalPayment = bill.personalPayment();
        ruleLines = String.join("\n", bill.lines());
    }

    private void copyChange(YearTotals change) {
        chBasicInpatient = change.basicInpatientPaid();
        chBasicOutpatient = change.basicOutpatientPaid();
        chInpatientDeductible = change.lastInpatientDeductible();
        chCiBase = change.criticalIllnessBase();
        chCiPaid = change.criticalIllnessPaid();
        chAssistDeductible = change.assistanceDeductibleMet();
        chAssistPaid = change.assistancePaid();
        chTiltedBurden = change.tiltedBurden();
        chTiltedPaid = change.tiltedPaid();
        chReassistRest = change.reassistanceRest();
        chReassistPaid = change.reassistancePaid();
        chPkuPaid = change.pkuPaid();
    }

    /** What this claim changed in its year's accumulators. */
    public YearTotals change() {
        return new YearTotals(
                chBasicInpatient,
                chBasicOutpatient,
                chInpatientDeductible,
                chCiBase,
                chCiPaid,
                chAssistDeductible,
                chAssistPaid,
                chTiltedBurden,
                chTiltedPaid,
                chReassistRest,
                chReassistPaid,
                chPkuPaid);
    }

    /** The bill as the engine made it, rebuilt from the stored figures. */
    public Bill bill() {
        return new Bill(
                claimNumber,
                kind,
                claimDate,
                totalCost,
                outOfPolicyCost,
                inPolicy,
                basic,
                criticalIllness,
                assistance,
                tiltedAssistance,
                hospitalReduction,
                supplementary,
                reassistance,
                personalPayment,
                lines());
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
                reportedSupplementary);
    }

    public void reverse(String by, String reason) {
        if (isReversed()) {
            throw new IllegalStateException("claim " + claimNumber + " is already reversed");
        }
        this.reversedBy = by;
        this.reversedAt = Beijing.now();
        this.reversalReason = reason;
    }

    public boolean isReversed() {
        return reversedAt != null;
    }

    public List<String> lines() {
        return ruleLines.isEmpty() ? List.of() : List.of(ruleLines.split("\n"));
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

    public BigDecimal inPolicy() {
        return inPolicy;
    }

    public BigDecimal basic() {
        return basic;
    }

    public BigDecimal criticalIllness() {
        return criticalIllness;
    }

    public BigDecimal assistance() {
        return assistance;
    }

    public BigDecimal tiltedAssistance() {
        return tiltedAssistance;
    }

    public BigDecimal hospitalReduction() {
        return hospitalReduction;
    }

    public BigDecimal supplementary() {
        return supplementary;
    }

    public BigDecimal reassistance() {
        return reassistance;
    }

    public BigDecimal personalPayment() {
        return personalPayment;
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
