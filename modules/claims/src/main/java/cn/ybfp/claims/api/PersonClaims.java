package cn.ybfp.claims.api;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.DivisionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Settlement as the application workflow uses it: a person's confirmed claims, and what assistance costs give. */
public interface PersonClaims {

    /** The person's standing (not reversed) claims of the year, in date order, within the jurisdiction. */
    List<ClaimSummary> standingClaims(Jurisdiction jurisdiction, long personId, int year);

    /**
     * Settles the costs afresh, in date order, under the scheme of the pooling region and year for a person with
     * these categories, on top of what the person's other standing claims of the year already used (deductibles,
     * limits), and answers the assistance the costs give and what is still due. Reads only: a refusal leaves the
     * caller's transaction as it was.
     *
     * @throws cn.ybfp.kernel.InvalidInputException when there is no scheme or a cost is invalid
     */
    AssistanceAssessment assess(
            DivisionCode poolingRegion,
            long personId,
            int year,
            Set<AssistanceCategory> categories,
            LocalDate birthDate,
            List<CostItem> costs);
}
