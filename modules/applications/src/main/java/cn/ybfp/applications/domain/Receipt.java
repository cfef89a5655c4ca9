package cn.ybfp.applications.domain;

import cn.ybfp.claims.api.ClaimKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A cost entered by hand from a receipt, for care the one-stop settlement did not cover (手工录入票据). */
@Embeddable
public class Receipt {

    @Column(name = "hospital", nullable = false, length = 100)
    private String hospital;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ClaimKind kind;

    @Column(name = "receipt_date", nullable = false)
    private LocalDate date;

    @Column(name = "hospital_level")
    private Integer hospitalLevel;

    @Column(name = "total_cost", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalCost;

    @Column(name = "out_of_policy_cost", nullable = false, precision = 12, scale = 2)
    private BigDecimal outOfPolicyCost;

    protected Receipt() {}

    public Receipt(
            String hospital,
            ClaimKind kind,
            LocalDate date,
            Integer hospitalLevel,
            BigDecimal totalCost,
            BigDecimal outOfPolicyCost) {
        this.hospital = hospital;
        this.kind = kind;
        this.date = date;
        this.hospitalLevel = hospitalLevel;
        this.totalCost = totalCost;
        this.outOfPolicyCost = outOfPolicyCost;
    }

    public String hospital() {
        return hospital;
    }

    public ClaimKind kind() {
        return kind;
    }

    public LocalDate date() {
        return date;
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

    /** The same cost: the same hospital, kind, date and total, as a second copy of one receipt would be. */
    public boolean sameCostAs(Receipt other) {
        return hospital.equals(other.hospital)
                && kind == other.kind
                && date.equals(other.date)
                && totalCost.compareTo(other.totalCost) == 0;
    }
}
