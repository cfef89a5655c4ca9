package cn.ybfp.kernel.sampling;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What every {@link DecisionSource} does with its native query: run it for a county and a period (parameters ?1 the
 * county's LIKE pattern, ?2 and ?3 the days), and read a date or timestamp column as a day.
 */
public final class NativeDecisions {

    private NativeDecisions() {}

    public static List<Object[]> rows(EntityManager em, String sql, String county, LocalDate from, LocalDate to) {
        List<?> rows = em.createNativeQuery(sql)
                .setParameter(1, county + "%")
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r).toList();
    }

    /** A date or timestamp column as a day, whichever type the driver and Hibernate hand back. */
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
