package cn.ybfp.claims.api;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.DivisionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A claim was confirmed: fired (CDI, synchronously) inside the settling transaction, so that what another module
 * records from it commits or rolls back with the claim. The person's data are as they were on the claim's date.
 *
 * @param categories the person's categories on the claim's date (empty: an insured person of no category)
 * @param admissionDate the inpatient claim's day of admission, or null
 * @param personalPayment what the person pays on the bill after every layer
 */
public record ClaimSettled(
        long claimId,
        String claimNumber,
        long personId,
        String personName,
        String idNumberMasked,
        DivisionCode township,
        DivisionCode poolingRegion,
        Set<AssistanceCategory> categories,
        ClaimKind kind,
        LocalDate date,
        LocalDate admissionDate,
        String hospital,
        Integer hospitalLevel,
        BigDecimal totalCost,
        BigDecimal outOfPolicyCost,
        BigDecimal personalPayment) {

    public int year() {
        return date.getYear();
    }
}
