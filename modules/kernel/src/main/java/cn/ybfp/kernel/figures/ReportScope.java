package cn.ybfp.kernel.figures;

import cn.ybfp.kernel.DivisionCode;
import java.time.LocalDate;

/**
 * What a report counts: the divisions inside {@code within}, the work of
 * {@code from} to {@code to} (both days counted), and {@code asOf}, the day that states such as "overdue" or "valid"
 * are read on (the period's last day, or today while the period runs).
 */
public record ReportScope(DivisionCode within, LocalDate from, LocalDate to, LocalDate asOf) {

    public ReportScope {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period " + from + " to " + to);
        }
    }

    /** The SQL LIKE pattern of every division code inside (digits only, nothing to escape). */
    public String likePattern() {
        return within.prefix() + "%";
    }

    /** The year the period belongs to (enrolment and categories are counted per year). */
    public int year() {
        return from.getYear();
    }
}
