package cn.ybfp.register.domain;

import cn.ybfp.register.api.SubsidyType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The province's subsidy policy for one year and pooling region: the resident contribution, which classes are
 * subsidised in full (全额资助) and which by a fixed amount (定额资助). 吉医保发〔2019〕52号 一（三） and 云医保〔2020〕128号
 * (定额资助 180 元) set the shape; the values are data.
 */
@Entity
@Table(name = "subsidy_policy")
public class SubsidyPolicy {

    @Id
    private Long id;

    @Column(name = "policy_year", nullable = false)
    private int year;

    @Column(name = "pooling_region", nullable = false, length = 6)
    private String poolingRegion;

    @Column(name = "contribution", nullable = false, precision = 12, scale = 2)
    private BigDecimal contribution;

    @Column(name = "full_classes", nullable = false, length = 20)
    private String fullClasses;

    @Column(name = "fixed_classes", nullable = false, length = 20)
    private String fixedClasses;

    @Column(name = "fixed_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal fixedAmount;

    protected SubsidyPolicy() {}

    public SubsidyPolicy(
            int year,
            String poolingRegion,
            BigDecimal contribution,
            Set<Integer> fullClasses,
            Set<Integer> fixedClasses,
            BigDecimal fixedAmount) {
        this.year = year;
        this.poolingRegion = poolingRegion;
        this.contribution = contribution;
        this.fullClasses = join(fullClasses);
        this.fixedClasses = join(fixedClasses);
        this.fixedAmount = fixedAmount;
    }

    public int year() {
        return year;
    }

    public BigDecimal contribution() {
        return contribution;
    }

    public BigDecimal fixedAmount() {
        return fixedAmount;
    }

    public boolean fullFor(OptionalInt assistanceClass) {
        return assistanceClass.isPresent() && split(fullClasses).contains(assistanceClass.getAsInt());
    }

    public boolean fixedFor(OptionalInt assistanceClass) {
        return assistanceClass.isPresent() && split(fixedClasses).contains(assistanceClass.getAsInt());
    }

    /** Whether this policy subsidises the class at all: such people are the targets of the write-off campaign. */
    public boolean covers(OptionalInt assistanceClass) {
        return fullFor(assistanceClass) || fixedFor(assistanceClass);
    }

    public SubsidyType typeFor(OptionalInt assistanceClass) {
        if (fullFor(assistanceClass)) {
            return SubsidyType.FULL;
        }
        return fixedFor(assistanceClass) ? SubsidyType.FIXED : SubsidyType.NONE;
    }

    private static String join(Set<Integer> classes) {
        return classes.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Integer> split(String classes) {
        return classes.isBlank()
                ? Set.of()
                : Arrays.stream(classes.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
    }
}
