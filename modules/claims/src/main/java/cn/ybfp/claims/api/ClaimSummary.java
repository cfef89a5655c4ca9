package cn.ybfp.claims.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A confirmed claim as other modules list it: enough to pick it as a cost claimed in an application.
 *
 * @param assistancePaid medical assistance and tilted assistance already paid on its bill
 */
public record ClaimSummary(
        long id,
        String claimNumber,
        ClaimKind kind,
        LocalDate date,
        String hospital,
        Integer hospitalLevel,
        BigDecimal totalCost,
        BigDecimal outOfPolicyCost,
        BigDecimal assistancePaid,
        BigDecimal personalPayment) {}
