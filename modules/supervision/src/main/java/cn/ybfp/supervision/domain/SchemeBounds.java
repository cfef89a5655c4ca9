package cn.ybfp.supervision.domain;

import cn.ybfp.supervision.api.SchemeBoundValues;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/**
 * The province's bounds on the schemes of a year, as data the province edits (not code): last year's per-capita
 * disposable income, the assistance floors by class (吉政办发〔2022〕16号 四（五）), the child bonus, and the critical
 * illness standard (医保发〔2021〕10号 三（六）).
 */
@Entity
@Table(name = "scheme_bounds")
@Audited
public class SchemeBounds {

    @Id
    @Column(name = "bounds_year")
    private int year;

    @Column(name = "disposable_income", nullable = false, precision = 12, scale = 2)
    private BigDecimal disposableIncome;

    @Column(name = "class2_deductible_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal class2DeductibleShare;

    @Column(name = "class2_ratio", nullable = false, precision = 5, scale = 4)
    private BigDecimal class2Ratio;

    @Column(name = "class3_ratio", nullable = false, precision = 5, scale = 4)
    private BigDecimal class3Ratio;

    @Column(name = "class4_ratio", nullable = false, precision = 5, scale = 4)
    private BigDecimal class4Ratio;

    @Column(name = "child_bonus", nullable = false, precision = 5, scale = 4)
    private BigDecimal childBonus;

    @Column(name = "ci_deductible_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal ciDeductibleShare;

    @Column(name = "ci_ratio", nullable = false, precision = 5, scale = 4)
    private BigDecimal ciRatio;

    @Column(name = "ci_tolerance", nullable = false, precision = 5, scale = 4)
    private BigDecimal ciTolerance;

    @Column(name = "preferential_factor", nullable = false, precision = 5, scale = 4)
    private BigDecimal preferentialFactor;

    @Column(name = "preferential_bonus", nullable = false, precision = 5, scale = 4)
    private BigDecimal preferentialBonus;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected SchemeBounds() {}

    public SchemeBounds(int year, SchemeBoundValues values, String by) {
        this.year = year;
        change(values, by);
    }

    /** The bounds as a value, for the rule. */
    public SchemeBoundValues values() {
        return new SchemeBoundValues(
                disposableIncome,
                class2DeductibleShare,
                class2Ratio,
                class3Ratio,
                class4Ratio,
                childBonus,
                ciDeductibleShare,
                ciRatio,
                ciTolerance,
                preferentialFactor,
                preferentialBonus);
    }

    /** The province changes the year's bounds. */
    public void change(SchemeBoundValues v, String by) {
        this.disposableIncome = v.disposableIncome();
        this.class2DeductibleShare = v.class2DeductibleShare();
        this.class2Ratio = v.class2Ratio();
        this.class3Ratio = v.class3Ratio();
        this.class4Ratio = v.class4Ratio();
        this.childBonus = v.childBonus();
        this.ciDeductibleShare = v.ciDeductibleShare();
        this.ciRatio = v.ciRatio();
        this.ciTolerance = v.ciTolerance();
        this.preferentialFactor = v.preferentialFactor();
        this.preferentialBonus = v.preferentialBonus();
        this.changedBy = by;
    }

    public int year() {
        return year;
    }

    public long version() {
        return version;
    }
}
