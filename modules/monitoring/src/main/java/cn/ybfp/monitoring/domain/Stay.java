package cn.ybfp.monitoring.domain;

import java.time.LocalDate;

/** An inpatient stay as a claim pays for it: admitted on one day, discharged (the claim's date) on another. */
public record Stay(long claimId, String hospital, LocalDate admitted, LocalDate discharged) {

    /** True when {@code day} lies inside the stay, its first and last day included. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(admitted) && !day.isAfter(discharged);
    }
}
