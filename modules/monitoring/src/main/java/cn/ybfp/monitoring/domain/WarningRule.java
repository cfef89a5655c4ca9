package cn.ybfp.monitoring.domain;

import cn.ybfp.monitoring.api.WarningKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/**
 * The province's monitoring parameters for one pooling region and year (结合实际合理确定监测标准, 吉政办发〔2022〕16号
 * 五（七）): last year's per-capita disposable income and the share of it at which each warning is raised, the days
 * the departments have to answer, and the screens' parameters. Made for a new year by copying the last.
 */
@Entity
@Audited
@Table(name = "warning_rule")
public class WarningRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "warning_rule_seq")
    @SequenceGenerator(name = "warning_rule_seq", sequenceName = "warning_rule_seq", allocationSize = 50)
    private Long id;

    /** The pooling region (统筹区, a city's code). */
    @Column(nullable = false, length = 6, updatable = false)
    private String region;

    @Column(name = "rule_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "disposable_income", nullable = false, precision = 12, scale = 2)
    private BigDecimal disposableIncome;

    @Column(name = "relapse_percent", nullable = false)
    private int relapsePercent;

    @Column(name = "impoverishment_percent", nullable = false)
    private int impoverishmentPercent;

    @Column(name = "feedback_days", nullable = false)
    private int feedbackDays;

    @Column(name = "readmission_days", nullable = false)
    private int readmissionDays;

    @Column(name = "high_rate_percent", nullable = false)
    private int highRatePercent;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private long version;

    protected WarningRule() {}

    public WarningRule(String region, int year, Parameters parameters, String by, LocalDateTime at) {
        this.region = region;
        this.year = year;
        set(parameters);
        this.changedBy = by;
        this.changedAt = at;
    }

    public void change(Parameters parameters, String by, LocalDateTime at) {
        set(parameters);
        this.changedBy = by;
        this.changedAt = at;
    }

    private void set(Parameters parameters) {
        this.disposableIncome = parameters.disposableIncome();
        this.relapsePercent = parameters.relapsePercent();
        this.impoverishmentPercent = parameters.impoverishmentPercent();
        this.feedbackDays = parameters.feedbackDays();
        this.readmissionDays = parameters.readmissionDays();
        this.highRatePercent = parameters.highRatePercent();
    }

    /** The yearly personal payment at which the warning is raised. */
    public BigDecimal threshold(WarningKind kind) {
        return HighCostWarningRule.threshold(parameters(), kind);
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

    public Parameters parameters() {
        return new Parameters(
                disposableIncome,
                relapsePercent,
                impoverishmentPercent,
                feedbackDays,
                readmissionDays,
                highRatePercent);
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
