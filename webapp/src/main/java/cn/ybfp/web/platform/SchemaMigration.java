package cn.ybfp.web.platform;

import cn.ybfp.kernel.SchemaMigrated;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Brings the schema up to date before the portal serves anything. One WAR runs on embedded H2 (the zero-setup default
 * of {@code ./portal start}) or on PostgreSQL, switched by configuration alone ({@code app.db.*}); the defaults sit
 * in the annotation because Payara resolves them at deploy time, before the WAR's own config file is reliable.
 * Flyway finds each module's scripts under {@code db/migration/<module>/}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "${MPCONFIG=app.db.driver:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=app.db.url:jdbc:h2:file:./data/h2/ybfp}",
        user = "${MPCONFIG=app.db.user:sa}",
        password = "${MPCONFIG=app.db.password:sa}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // a restarted database leaves the pool full of dead connections: each one is checked (Connection.isValid,
        // which H2 and PostgreSQL both answer) before it is handed out, and one found dead closes them all, so the
        // portal serves again as soon as the database does (PostgresRestartIT)
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/ybfp";
    private static final String MIGRATIONS = "classpath:db/migration";
    /** What only one database can do (PostgreSQL's collations, say): {@code db/vendor/postgresql/…}. */
    private static final String VENDOR_MIGRATIONS = "classpath:db/vendor/";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    /** Loads the demo people too; {@code ./portal start} switches it on, production leaves it off. */
    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoData;

    private volatile boolean done;

    @Inject
    Event<SchemaMigrated> migrated;

    @Inject
    LivingDemo livingDemo;

    @PostConstruct
    void migrate() {
        var result = flyway(dataSource, demoData).migrate();
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + ", " + result.migrationsExecuted
                + " migrations applied");
        livingDemo.buildIfWanted(); // before ready: the first page a demo user opens already shows the year's work
        done = true;
        migrated.fire(new SchemaMigrated());
    }

    /** The one Flyway set-up, shared with the tests that migrate a database from empty. */
    public static Flyway flyway(DataSource dataSource, boolean demoData) {
        String vendor = VENDOR_MIGRATIONS + vendor(dataSource);
        return Flyway.configure()
                .dataSource(dataSource)
                // each module numbers its own scripts by date, so a module's new script may sort before another's
                .outOfOrder(true)
                .locations(
                        demoData
                                ? new String[] {MIGRATIONS, vendor, "classpath:db/demo"}
                                : new String[] {MIGRATIONS, vendor})
                .javaMigrations(javaMigrations())
                .load();
    }

    /**
     * Migrations written in Java (loading the settlement schemes from their JSON files), which each module lists in
     * {@code META-INF/services} rather than in a package named after a Flyway location.
     */
    private static JavaMigration[] javaMigrations() {
        return ServiceLoader.load(JavaMigration.class, SchemaMigration.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toArray(JavaMigration[]::new);
    }

    /** "postgresql" or "h2": Flyway 13 does not expand a {vendor} placeholder in locations, so we do. */
    private static String vendor(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    public boolean isDone() {
        return done;
    }
}
