package cn.ybfp.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every Flyway migration, demo data included, runs from an empty database, on real PostgreSQL and on the embedded H2 default, and
 * Hibernate then validates every entity mapping against the schema the migrations built.
 */
class SchemaMigrationTest {

    @Test
    void migratesAnEmptyPostgresSchemaAndTheMappingMatchesIt() throws SQLException {
        TestDatabases.assumePostgres();
        String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = TestDatabases.postgres(null);
        TestDatabases.execute(admin, "create schema " + schema);
        try {
            migrateAndValidate(TestDatabases.postgres(schema), schema);
        } finally {
            TestDatabases.execute(admin, "drop schema " + schema + " cascade");
        }
    }

    @Test
    void migratesAnEmptyH2DatabaseAndTheMappingMatchesIt() throws SQLException {
        var h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        migrateAndValidate(h2, null);
    }

    private static void migrateAndValidate(DataSource dataSource, String schema) throws SQLException {
        var result = SchemaMigration.flyway(dataSource, true).migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isPositive();
        assertThat(count(dataSource, "select count(*) from division")).isEqualTo(19);
        assertThat(count(dataSource, "select count(*) from division where char_length(code) = 9"))
                .isEqualTo(12);
        assertThat(count(dataSource, "select count(*) from person")).isEqualTo(8);
        assertThat(count(dataSource, "select count(*) from person_aud where rev = 1"))
                .isEqualTo(8);
        validateMapping(dataSource, schema);
    }

    private static void validateMapping(DataSource dataSource, String schema) {
        var settings = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.datasource", dataSource)
                .applySetting("hibernate.hbm2ddl.auto", "validate");
        if (schema != null) {
            settings.applySetting("hibernate.default_schema", schema);
        }
        var registry = settings.build();
        var sources = new MetadataSources(registry);
        entities().forEach(sources::addAnnotatedClass);
        sources.buildMetadata().buildSessionFactory().close(); // throws SchemaManagementException on a mismatch
        StandardServiceRegistryBuilder.destroy(registry);
    }

    /** Every entity of every module, found on the class path, so a new one cannot be forgotten here. */
    static List<Class<?>> entities() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.ybfp").stream()
                        .filter(c -> c.isAnnotatedWith(Entity.class))
                        .<Class<?>>map(c -> c.reflect())
                        .toList();
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
