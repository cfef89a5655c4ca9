package cn.ybfp.web.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/** Fresh, migrated databases for tests: each test gets its own and drops it afterwards. */
public final class TestDatabases {

    private TestDatabases() {}

    /** A PostgreSQL schema migrated from empty by the project's own Flyway set-up. */
    public static Schema freshPostgresSchema(boolean demoData) throws SQLException {
        assumePostgres();
        String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(postgres(null), "create schema " + name);
        var schema = new Schema(postgres(name), () -> execute(postgres(null), "drop schema " + name + " cascade"));
        SchemaMigration.flyway(schema.dataSource(), demoData).migrate();
        return schema;
    }

    /** An embedded H2 database in memory, the portal's zero-setup default, migrated the same way. */
    public static Schema freshH2(boolean demoData) {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        var schema = new Schema(h2, () -> execute(h2, "shutdown"));
        SchemaMigration.flyway(h2, demoData).migrate();
        return schema;
    }

    /** A migrated database and how to reach it and drop it. */
    public record Schema(DataSource dataSource, Drop dropper) {

        public void drop() throws SQLException {
            dropper.drop();
        }
    }

    @FunctionalInterface
    public interface Drop {
        void drop() throws SQLException;
    }

    /**
     * A test on PostgreSQL runs when it is reachable. {@code ./portal test} sets {@code test.db.required}, so that
     * there a missing PostgreSQL fails the test; a plain {@code ./mvnw test} on a machine without one skips it and
     * says why.
     */
    static void assumePostgres() {
        if (Boolean.getBoolean("test.db.required") || reachable()) {
            return;
        }
        Assumptions.abort("PostgreSQL is not reachable at " + URL + " as " + USER
                + ": this test is skipped; ./portal test starts PostgreSQL and runs it");
    }

    private static final String URL = System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/ybfp_test");
    private static final String USER = System.getProperty("test.db.user", "postgres");

    private static Boolean reachable;

    private static synchronized boolean reachable() {
        if (reachable == null) {
            try (Connection c = postgres(null).getConnection()) {
                reachable = c.isValid(5);
            } catch (SQLException e) {
                reachable = false;
            }
        }
        return reachable;
    }

    static PGSimpleDataSource postgres(String schema) {
        var ds = new PGSimpleDataSource();
        ds.setUrl(URL);
        ds.setUser(USER);
        ds.setPassword(System.getProperty("test.db.password", "postgres"));
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
