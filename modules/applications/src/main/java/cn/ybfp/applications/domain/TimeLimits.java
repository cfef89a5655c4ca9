package cn.ybfp.applications.domain;

import cn.ybfp.applications.api.CaseState;
import cn.ybfp.kernel.WorkingDays;
import java.time.LocalDate;

/**
 * The time limits of the procedure (configurable through {@code CaseSettings}; the defaults: 5 working days for the
 * township's steps, 10 for the county's, 7 calendar days of public notice, 30 days to appeal).
 */
public record TimeLimits(int townshipWorkingDays, int countyWorkingDays, int noticeDays, int appealDays) {

    /** When the step the case just entered is due; null when no one's step is running. */
    public LocalDate dueOn(CaseState state, LocalDate since) {
        return switch (state) {
            case APPLIED, PENDING_CORRECTION, ACCEPTED -> WorkingDays.after(since, townshipWorkingDays);
            case PRE_REVIEWED, DETERMINED, FINAL -> WorkingDays.after(since, countyWorkingDays);
            case IN_NOTICE -> since.plusDays(noticeDays);
            case PAID, REJECTED, WITHDRAWN -> null;
        };
    }
}
