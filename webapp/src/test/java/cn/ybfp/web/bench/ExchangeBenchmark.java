package cn.ybfp.web.bench;

import cn.ybfp.register.api.ExchangeOutcome;
import cn.ybfp.register.infrastructure.exchange.ExchangeFileReader;
import cn.ybfp.register.infrastructure.exchange.ExchangeStore;
import cn.ybfp.register.infrastructure.exchange.RowCheck;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * The data-exchange figure: comparing and applying a department's list against the register, measured against
 * PostgreSQL's own {@code COPY} of the same file into a bare table (goal: at most 3×). Runs the project's own code
 * (reader, row checks, {@link ExchangeStore}) on one connection, as the portal's background job does; the apply is
 * rolled back at the end unless {@code --keep}, so the bench database can be used again.
 *
 * <pre>ExchangeBenchmark jdbcUrl user password file.csv scopePrefix [--keep]</pre>
 */
public final class ExchangeBenchmark {

    private ExchangeBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[3]);
        String scope = args[4];
        boolean keep = args.length > 5 && args[5].equals("--keep");
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            double copy = copyBaseline(c, file);
            c.setAutoCommit(false);
            long batch = newBatch(c, file, scope);
            var store = new ExchangeStore(c);
            long t0 = System.nanoTime();
            long rows = stage(c, store, batch, file, scope);
            c.commit();
            double staged = seconds(t0);
            long t1 = System.nanoTime();
            store.compare(batch, scope + "%");
            c.commit();
            double compared = seconds(t1);
            Map<ExchangeOutcome, Long> counts = store.counts(batch);
            long t2 = System.nanoTime();
            store.apply(
                    batch,
                    scope + "%",
                    "CIVIL_AFFAIRS",
                    store.newRevision("bench", System.currentTimeMillis()),
                    ExchangeStore.ApplyStep.NONE);
            if (keep) {
                c.commit();
            }
            double applied = seconds(t2);
            c.rollback();
            print(rows, counts, copy, staged, compared, applied);
        }
    }

    private static double copyBaseline(Connection c, Path file) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_copy");
            s.execute("create table bench_copy (id_number text, name text, category text, division text,"
                    + " recognised text, end_date text, document text)");
        }
        long t0 = System.nanoTime();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy bench_copy from stdin with (format csv, header true)", in);
        }
        double elapsed = seconds(t0);
        try (Statement s = c.createStatement()) {
            s.execute("drop table bench_copy");
        }
        return elapsed;
    }

    private static long newBatch(Connection c, Path file, String scope) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select nextval('exchange_batch_seq')")) {
            rs.next();
            long id = rs.getLong(1);
            s.execute("insert into exchange_batch (id, file_name, department, scope_code, uploaded_by, uploaded_at,"
                    + " status, rows_read, version) values (" + id + ", '" + file.getFileName()
                    + "', 'CIVIL_AFFAIRS', '"
                    + (scope.length() == 2 ? scope + "0000" : scope) + "', 'bench', now(), 'READING', 0, 0)");
            return id;
        }
    }

    private static long stage(Connection c, ExchangeStore store, long batch, Path file, String scope) throws Exception {
        var check = new RowCheck(townships(c), code -> code.startsWith(scope));
        try (InputStream in = Files.newInputStream(file);
                var stager = store.stager(batch)) {
            return ExchangeFileReader.read(file.getFileName().toString(), in, row -> {
                try {
                    stager.add(check.check(row));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static Set<String> townships(Connection c) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select code from division where length(code) = 9")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static void print(
            long rows, Map<ExchangeOutcome, Long> counts, double copy, double staged, double compared, double applied) {
        System.out.printf("rows: %,d  outcomes: %s%n", rows, counts);
        System.out.printf("COPY into a bare table:        %8.1f s%n", copy);
        System.out.printf("read + check + stage:          %8.1f s%n", staged);
        System.out.printf("compare with the register:     %8.1f s%n", compared);
        System.out.printf("compare again + apply:         %8.1f s%n", applied);
        System.out.printf("preview (stage + compare) / COPY:        %.1f×%n", (staged + compared) / copy);
        System.out.printf("preview + apply / COPY:                  %.1f×%n", (staged + compared + applied) / copy);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
