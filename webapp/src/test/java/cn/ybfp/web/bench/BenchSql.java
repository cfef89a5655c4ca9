package cn.ybfp.web.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/** What the benchmarks of uploaded files share: the COPY baseline, one-value queries, the clock, the form version. */
final class BenchSql {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    private BenchSql() {}

    /** Seconds for PostgreSQL to COPY the CSV file (header skipped) into a bare table of that many text columns. */
    static double copySeconds(Connection db, Path file, int columns) throws Exception {
        StringBuilder table = new StringBuilder("create table bench_copy (");
        for (int i = 0; i < columns; i++) {
            table.append(i == 0 ? "" : ", ").append("c").append(i).append(" text");
        }
        try (Statement s = db.createStatement()) {
            s.execute("drop table if exists bench_copy");
            s.execute(table.append(")").toString());
        }
        long t0 = System.nanoTime();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            db.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy bench_copy from stdin with (format csv, header true)", in);
        }
        double elapsed = seconds(t0);
        try (Statement s = db.createStatement()) {
            s.execute("drop table bench_copy");
        }
        return elapsed;
    }

    static long scalar(Connection db, String sql) throws SQLException {
        return Long.parseLong(text(db, sql));
    }

    static String text(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The version an upload's page offers its apply form (the optimistic lock the apply posts back). */
    static String version(String page) {
        Matcher m = VERSION.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("the page offers no apply");
        }
        return m.group(1);
    }
}
