package cn.ybfp.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The fault suite's look into the portal's PostgreSQL database: what stayed after a kill, and a row lock that holds
 * a command of the portal in the middle of its transaction until the portal is killed.
 */
final class FaultDatabase {

    private static final String URL =
            System.getProperty("faults.db.url", "jdbc:postgresql://127.0.0.1:5432/ybfp_fault");
    private static final String USER = System.getProperty("faults.db.user", "postgres");
    private static final String PASSWORD = System.getProperty("faults.db.password", "postgres");

    private FaultDatabase() {}

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }

    /** The single value of a query (a count, a state); null when there is no row. */
    static Object value(String sql, Object... args) throws SQLException {
        try (Connection c = connect();
                PreparedStatement s = prepared(c, sql, args);
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    static long count(String sql, Object... args) throws SQLException {
        return ((Number) value(sql, args)).longValue();
    }

    /**
     * Locks the rows of {@code select … for update} in a transaction of the test's own, until closed (rolled back):
     * a portal command that writes one of them waits, mid-transaction, for as long as the test wants.
     */
    static RowLock lock(String selectForUpdate, Object... args) throws SQLException {
        Connection c = connect();
        c.setAutoCommit(false);
        try (PreparedStatement s = prepared(c, selectForUpdate, args);
                ResultSet rs = s.executeQuery()) {
            assertThat(rs.next()).as("a row to lock: %s", selectForUpdate).isTrue();
        }
        return new RowLock(c);
    }

    /** A lock held by the test; closing it rolls the test's transaction back. */
    record RowLock(Connection connection) implements AutoCloseable {

        /** Waits until a session of the portal waits for this very lock: its command is mid-way. */
        void awaitPortalBlocked() throws Exception {
            awaitRow("no command of the portal waited for the test's lock", 30, () -> {
                try (PreparedStatement s = connection.prepareStatement("select 1 from pg_stat_activity"
                                + " where datname = current_database() and wait_event_type = 'Lock'"
                                + " and pg_backend_pid() = any(pg_blocking_pids(pid))");
                        ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            });
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                connection.rollback();
            }
        }
    }

    /** A condition on the database, polled. */
    interface Condition {
        boolean holds() throws SQLException;
    }

    /** Polls {@code condition} every 20 ms until it holds; fails with {@code what} after {@code seconds}. */
    static void awaitRow(String what, int seconds, Condition condition) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.holds()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(what + " within " + seconds + " s");
    }

    private static PreparedStatement prepared(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
        return s;
    }
}
