package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.PaymentRule;
import cn.ybfp.contracts.api.ServiceType;
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
import java.util.Arrays;
import java.util.List;
import org.hibernate.envers.Audited;

/**
 * A service package of a year's policy (服务包): its terms ({@link PackageTerms}), and for whom it is, where it is
 * only for holders of a valid chronic booklet for one of some diseases (慢病管理包: M03900, M01600 in the demo).
 */
@Entity
@Table(name = "service_package")
@Audited
public class ServicePackage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_package_seq")
    @SequenceGenerator(name = "service_package_seq", sequenceName = "service_package_seq", allocationSize = 50)
    private Long id;

    @Column(name = "policy_id", nullable = false, updatable = false)
    private long policyId;

    @Column(name = "code", nullable = false, length = 16, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = 30)
    private String name;

    @Column(name = "fee", nullable = false, precision = 10, scale = 2)
    private BigDecimal fee;

    @Column(name = "fund_share", nullable = false, precision = 10, scale = 2)
    private BigDecimal fundShare;

    @Column(name = "public_health_share", nullable = false, precision = 10, scale = 2)
    private BigDecimal publicHealthShare;

    @Column(name = "resident_share", nullable = false, precision = 10, scale = 2)
    private BigDecimal residentShare;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_service", nullable = false, length = 20)
    private ServiceType requiredService;

    @Column(name = "required_count", nullable = false)
    private int requiredCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_rule", nullable = false, length = 24)
    private PaymentRule paymentRule;

    @Column(name = "fund_payment", nullable = false, precision = 10, scale = 2)
    private BigDecimal fundPayment;

    /** National disease codes, comma-separated: a valid chronic booklet for one of them is needed; empty: anyone. */
    @Column(name = "booklet_diseases", nullable = false, length = 200)
    private String bookletDiseases;

    @Version
    private long version;

    protected ServicePackage() {}

    public ServicePackage(FeePolicy policy, String code, String name, PackageTerms terms, List<String> diseases) {
        this.policyId = policy.id();
        this.code = code;
        change(name, terms, diseases);
    }

    /** A copy for another year's policy. */
    public ServicePackage copyFor(FeePolicy policy) {
        return new ServicePackage(policy, code, name, terms(), bookletDiseases());
    }

    /** Changes the package; terms outside the bounds are refused with the first breach. */
    public void change(String name, PackageTerms terms, List<String> diseases) {
        List<String> breaches = terms.breaches();
        if (!breaches.isEmpty()) {
            throw ContractsException.of(field(breaches.get(0)), breaches.get(0));
        }
        this.name = name;
        this.fee = terms.fee();
        this.fundShare = terms.fundShare();
        this.publicHealthShare = terms.publicHealthShare();
        this.residentShare = terms.residentShare();
        this.requiredService = terms.requiredService();
        this.requiredCount = terms.requiredCount();
        this.paymentRule = terms.paymentRule();
        this.fundPayment = terms.fundPayment();
        this.bookletDiseases = String.join(",", diseases);
    }

    private static String field(String breach) {
        return switch (breach) {
            case "terms.shares" -> "residentShare";
            case "terms.requiredCount" -> "requiredCount";
            case "terms.fundPayment" -> "fundPayment";
            default -> "fee";
        };
    }

    public PackageTerms terms() {
        return new PackageTerms(
                fee,
                fundShare,
                publicHealthShare,
                residentShare,
                requiredService,
                requiredCount,
                paymentRule,
                fundPayment);
    }

    public List<String> bookletDiseases() {
        return Arrays.stream(bookletDiseases.split(","))
                .filter(s -> !s.isBlank())
                .toList();
    }

    public Long id() {
        return id;
    }

    public long policyId() {
        return policyId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public long version() {
        return version;
    }
}
