package cn.ybfp.kernel.sampling;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A date or timestamp column of a native query as a day, whichever type the driver and Hibernate hand back. */
public final class NativeDates {

    private NativeDates() {}

    public static LocalDate day(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + value);
    }
}
