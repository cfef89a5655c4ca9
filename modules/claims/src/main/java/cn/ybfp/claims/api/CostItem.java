package cn.ybfp.claims.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cost an application claims: a confirmed claim (with what assistance already paid on it) or a receipt entered
 * by hand for care the one-stop settlement did not cover (nothing paid yet).
 *
 * @param claimId the confirmed claim's id; null for a receipt
 * @param label the claim number, or a receipt's own label
 */
public record CostItem(
        Long claimId,
        String label,
        ClaimKind kind,
        LocalDate date,
        Integer hospitalLevel,
        BigDecimal totalCost,
        BigDecimal outOfPolicyCost,
        BigDecimal assistancePaid) {}
