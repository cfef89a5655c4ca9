package cn.ybfp.booklets.api;

import cn.ybfp.kernel.DivisionCode;
import java.time.LocalDate;

/**
 * Whether an outpatient chronic or special-disease claim may be settled (吉医保发〔2019〕52号 一（二）; SETTLEMENT.md
 * {@code disease}): the region's catalogue in force on the claim's date covers the disease as that kind, and the
 * patient holds a booklet valid on that date that lists it.
 */
public interface BookletCheck {

    /**
     * @param poolingRegion the patient's pooling region (a city), whose catalogue is in force (or the province's)
     * @return the booklet that covers the claim
     * @throws cn.ybfp.kernel.InvalidInputException naming the field {@code disease} with the reason, when it may not
     */
    Cover check(long personId, DivisionCode poolingRegion, String disease, DiseaseKind kind, LocalDate day);

    /** The booklet and the disease as its catalogue names it, for the bill. */
    record Cover(String bookletNumber, String disease, String diseaseName) {}
}
