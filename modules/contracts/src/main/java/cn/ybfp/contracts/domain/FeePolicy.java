package cn.ybfp.contracts.domain;

import cn.ybfp.kernel.AssistanceCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;

/**
 * A pooling region's contract-fee policy for a year (签约服务费政策), set by the province like the schemes: its
 * service packages ({@link ServicePackage}) and the categories that pay no personal share.
 */
@Entity
@Table(name = "contract_fee_policy")
@Audited
public class FeePolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_fee_policy_seq")
    @SequenceGenerator(name = "contract_fee_policy_seq", sequenceName = "contract_fee_policy_seq", allocationSize = 50)
    private Long id;

    @Column(name = "region", nullable = false, length = 6, updatable = false)
    private String region;

    @Column(name = "policy_year", nullable = false, updatable = false)
    private int year;

    /** The exempt categories' names, comma-separated. */
    @Column(name = "exempt_categories", nullable = false, length = 400)
    private String exemptCategories;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected FeePolicy() {}

    public FeePolicy(String region, int year, Set<AssistanceCategory> exempt, String by, LocalDateTime at) {
        this.region = region;
        this.year = year;
        exempt(exempt, by, at);
    }

    public void exempt(Set<AssistanceCategory> exempt, String by, LocalDateTime at) {
        this.exemptCategories = exempt.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        changed(by, at);
    }

    /** Who changed the policy or one of its packages last, and when (a package's change bumps the policy's version). */
    public void changed(String by, LocalDateTime at) {
        this.changedBy = by;
        this.changedAt = at;
    }

    public Set<AssistanceCategory> exemptCategories() {
        Set<AssistanceCategory> exempt = EnumSet.noneOf(AssistanceCategory.class);
        Arrays.stream(exemptCategories.split(","))
                .filter(s -> !s.isBlank())
                .map(AssistanceCategory::valueOf)
                .forEach(exempt::add);
        return exempt;
    }

    public Long id() {
        return id;
    }

    public String region() {
        return region;
    }

    public int year() {
        return year;
    }

    public String changedBy() {
        return changedBy;
    }

    public LocalDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
