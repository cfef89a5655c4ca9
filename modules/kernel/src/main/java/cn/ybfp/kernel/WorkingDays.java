package cn.ybfp.kernel;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Time limits in working days (工作日): Monday to Friday. Public holidays and their make-up working days are not
 * known to the portal (the State Council publishes them yearly); a limit that spans one is a day or two short,
 * which errs on the side of the applicant.
 */
public final class WorkingDays {

    private WorkingDays() {}

    /** The day on which {@code days} working days after {@code start} have passed. */
    public static LocalDate after(LocalDate start, int days) {
        LocalDate date = start;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** The first working day of the month (the day the monthly random audit is drawn). */
    public static LocalDate firstOf(java.time.YearMonth month) {
        LocalDate first = month.atDay(1);
        return isWorkingDay(first) ? first : after(first, 1);
    }

    private static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
