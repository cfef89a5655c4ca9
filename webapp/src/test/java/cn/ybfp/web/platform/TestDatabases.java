package cn.ybfp.web.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Fresh, migrated PostgreSQL schemas for tests: each test gets its own and drops it afterwards. */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A PostgreSQL schema migrated from empty by the project's own Flyway set-up. */
    public static Schema freshPostgresSchema(boolean demoData) throws SQLException {
        String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(postgres(null), "create schema " + name);
        var schema = new Schema(name, postgres(name));
        SchemaMigration.flyway(schema.dataSource(), demoData).migrate();
        return schema;
    }

    /** A migrated schema and how to reach it. */
    public record Schema(String name, PGSimpleDataSource dataSource) {

        public void drop() throws SQLException {
            execute(postgres(null), "drop schema " + name + " cascade");
        }
    }

    static PGSimpleDataSource postgres(String schema) {
        var ds = new PGSimpleDataSource();
        ds.setUrl(System.getProperty("test.db.url", "jdbc:postgresql://127.0.0.1:5432/ybfp_test"));
        ds.setUser(System.getProperty("test.db.user", "postgres"));
        ds.setPassword(System.getProperty("test.db.password", "postgres"));
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
