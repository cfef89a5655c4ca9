package cn.ybfp.kernel.figures;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a module's counting query for a report: the SQL selects the county first and then one column per key, and
 * may use the parameters {@code :pattern}, {@code :from}, {@code :to} and {@code :asOf} of the scope. Plain SQL that
 * H2 and PostgreSQL both read, so that the counts are one grouped query per module, not a walk over entities.
 */
public final class NativeCounts {

    private NativeCounts() {}

    public static List<ReportCount> run(EntityManager em, ReportScope scope, String sql, String... keys) {
        Query query = em.createNativeQuery(sql);
        bind(query, sql, "pattern", scope.likePattern());
        bind(query, sql, "from", scope.from());
        bind(query, sql, "to", scope.to());
        bind(query, sql, "asOf", scope.asOf());
        List<ReportCount> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            for (int i = 0; i < keys.length; i++) {
                counts.add(ReportCount.of((String) columns[0], keys[i], (Number) columns[i + 1]));
            }
        }
        return counts;
    }

    private static void bind(Query query, String sql, String name, Object value) {
        if (sql.contains(":" + name)) {
            query.setParameter(name, value);
        }
    }
}
