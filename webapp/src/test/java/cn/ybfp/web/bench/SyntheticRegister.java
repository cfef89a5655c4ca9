package cn.ybfp.web.bench;

import cn.ybfp.web.bench.SyntheticPopulation.Household;
import cn.ybfp.web.bench.SyntheticPopulation.Member;
import cn.ybfp.web.bench.SyntheticPopulation.Membership;
import cn.ybfp.web.bench.SyntheticPopulation.Township;
import cn.ybfp.web.platform.SchemaMigration;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Generates a synthetic register (default 1,000,000 people) and loads it into a PostgreSQL database with
 * {@code COPY … FROM STDIN}, for the benchmarks of issue 3. Not a test: a program that prints what it did.
 *
 * <pre>
 * SyntheticRegister jdbcUrl user password [count [seed]] [--exchange=FILE.csv] [--exchange-rows=N]
 *                   [--exchange-scope=DIVISION] [--skip-load]
 * </pre>
 *
 * <ol>
 * <li>Migrates the schema with the portal's own Flyway set-up ({@link SchemaMigration#flyway}, without the demo
 * data: {@code ./portal start} adds that itself, in version order).</li>
 * <li>Reads the demo townships (division codes of length 9) and streams households, people, category memberships and
 * enrolments, one {@code COPY} per table in foreign-key order. Each table is a fresh pass of the same deterministic
 * {@link SyntheticPopulation}, so memory stays constant whatever the count. Ids start at
 * {@value SyntheticPopulation#FIRST_ID}; the sequences are then set above the largest id.</li>
 * <li>{@code VACUUM ANALYZE} of the four tables (statistics for the planner, and the visibility map so that counts
 * can be index-only scans), then a summary per county.</li>
 * <li>With {@code --exchange=FILE}, writes an exchange list (数据交换比对) for the same data: see
 * {@link SyntheticExchangeFile}. {@code --skip-load} writes only the file, for a database loaded earlier with the same
 * count and seed.</li>
 * </ol>
 * A database that already holds synthetic people is refused: drop and create it again.
 */
public final class SyntheticRegister {

    private SyntheticRegister() {}

    public static void main(String[] args) throws Exception {
        var positional = new ArrayList<String>();
        Path exchange = null;
        int exchangeRows = 10_000;
        String exchangeScope = "22";
        boolean skipLoad = false;
        for (String arg : args) {
            if (arg.startsWith("--exchange=")) {
                exchange = Path.of(arg.substring("--exchange=".length()));
            } else if (arg.startsWith("--exchange-rows=")) {
                exchangeRows = Integer.parseInt(arg.substring("--exchange-rows=".length()));
            } else if (arg.startsWith("--exchange-scope=")) {
                exchangeScope = arg.substring("--exchange-scope=".length());
            } else if (arg.equals("--skip-load")) {
                skipLoad = true;
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() < 3) {
            System.err.println("usage: SyntheticRegister jdbcUrl user password [count [seed]] [--exchange=FILE.csv]"
                    + " [--exchange-rows=N] [--exchange-scope=DIVISION] [--skip-load]");
            System.exit(2);
        }
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(positional.get(0));
        dataSource.setUser(positional.get(1));
        dataSource.setPassword(positional.get(2));
        int count = positional.size() > 3 ? Integer.parseInt(positional.get(3)) : 1_000_000;
        long seed = positional.size() > 4 ? Long.parseLong(positional.get(4)) : 20261122L;

        if (!skipLoad) {
            long t0 = System.nanoTime();
            var migration = SchemaMigration.flyway(dataSource, false).migrate();
            System.out.printf(
                    Locale.ROOT,
                    "schema: version %s, %d migrations applied, %.1f s%n",
                    migration.targetSchemaVersion,
                    migration.migrationsExecuted,
                    seconds(t0));
        }
        List<Township> townships = townships(dataSource);
        System.out.printf(
                Locale.ROOT,
                "townships: %d (%s … %s); people: %,d; seed: %d%n",
                townships.size(),
                townships.get(0).code(),
                townships.get(townships.size() - 1).code(),
                count,
                seed);
        if (!skipLoad) {
            load(dataSource, townships, count, seed);
        }
        if (exchange != null) {
            long t0 = System.nanoTime();
            var summary = SyntheticExchangeFile.write(exchange, exchangeRows, exchangeScope, townships, count, seed);
            System.out.printf(
                    Locale.ROOT, "exchange file %s: %s (%.1f s)%n", exchange.toAbsolutePath(), summary, seconds(t0));
        }
    }

    static List<Township> townships(PGSimpleDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery(
                        "select t.code, t.name, c.code, c.name from division t join division c on c.code = t.parent_code"
                                + " where length(t.code) = 9 order by t.code")) {
            var townships = new ArrayList<Township>();
            while (rs.next()) {
                townships.add(new Township(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
            return townships;
        }
    }

    static void load(PGSimpleDataSource dataSource, List<Township> townships, int count, long seed)
            throws SQLException, IOException {
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement();
                var rs = s.executeQuery("select count(*) from person where id >= " + SyntheticPopulation.FIRST_ID)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("the database already holds " + rs.getLong(1)
                        + " synthetic people: drop it and create it again");
            }
        }
        long total = System.nanoTime();
        copy(
                dataSource,
                townships,
                count,
                seed,
                "household",
                "household (id, township_code, address, head_person_id, version)",
                (h, out) -> row(
                        out,
                        h.id(),
                        h.township().code(),
                        h.address(),
                        h.members().get(0).id(),
                        0));
        copy(
                dataSource,
                townships,
                count,
                seed,
                "person",
                "person (id, id_number, name, phone, birth_date, sex,"
                        + " household_id, relation_to_head, township_code, status, status_date, version)",
                (h, out) -> {
                    for (Member m : h.members()) {
                        row(
                                out,
                                m.id(),
                                m.idNumber(),
                                m.name(),
                                m.phone(),
                                m.birthDate(),
                                m.sex(),
                                h.id(),
                                m.relation(),
                                h.township().code(),
                                "NORMAL",
                                null,
                                0);
                    }
                });
        copy(
                dataSource,
                townships,
                count,
                seed,
                "category_membership",
                "category_membership (id, person_id," + " category, department, document_number, valid_from, valid_to)",
                (h, out) -> {
                    for (Member m : h.members()) {
                        for (Membership ms : m.memberships()) {
                            row(
                                    out,
                                    ms.id(),
                                    m.id(),
                                    ms.category().name(),
                                    ms.department().name(),
                                    ms.documentNumber(),
                                    ms.validFrom(),
                                    ms.validTo());
                        }
                    }
                });
        copy(
                dataSource,
                townships,
                count,
                seed,
                "enrolment",
                "enrolment (id, person_id, enrolment_year, status,"
                        + " contribution_due, subsidy_type, subsidy_amount, paid_date, over_subsidised, version)",
                (h, out) -> {
                    for (Member m : h.members()) {
                        var e = m.enrolment();
                        if (e != null) {
                            row(
                                    out,
                                    e.id(),
                                    m.id(),
                                    SyntheticPopulation.YEAR,
                                    e.status().name(),
                                    "320.00",
                                    e.subsidyType().name(),
                                    e.subsidyAmount() + ".00",
                                    e.paidDate(),
                                    "f",
                                    0);
                        }
                    }
                });
        try (Connection c = dataSource.getConnection();
                var s = c.createStatement()) {
            for (String[] table : new String[][] {
                {"household", "household_seq"},
                {"person", "person_seq"},
                {"category_membership", "membership_seq"},
                {"enrolment", "enrolment_seq"}
            }) {
                // Hibernate's pooled optimizer hands out (value - 49 .. value): any value above the max id is safe
                s.execute("select setval('" + table[1] + "', (select max(id) + 100 from " + table[0] + "))");
            }
            long t0 = System.nanoTime();
            for (String table : List.of("household", "person", "category_membership", "enrolment")) {
                s.execute("vacuum analyze " + table);
            }
            System.out.printf(
                    Locale.ROOT, "vacuum analyze: %.1f s; load in all: %.1f s%n", seconds(t0), seconds(total));
            try (var rs = s.executeQuery("select left(p.township_code, 6) as county, count(*),"
                    + " count(distinct p.household_id), count(*) filter (where exists (select 1 from"
                    + " category_membership m where m.person_id = p.id)), count(*) filter (where exists (select 1"
                    + " from enrolment e where e.person_id = p.id and e.enrolment_year = 2026))"
                    + " from person p group by 1 order by 1")) {
                System.out.println("county   people  households  with category  enrolled 2026");
                while (rs.next()) {
                    System.out.printf(
                            Locale.ROOT,
                            "%s %,9d %,10d %,14d %,14d%n",
                            rs.getString(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getLong(5));
                }
            }
        }
    }

    interface RowWriter {
        void write(Household household, Writer out) throws IOException;
    }

    private static void copy(
            PGSimpleDataSource dataSource,
            List<Township> townships,
            int count,
            long seed,
            String table,
            String target,
            RowWriter rows)
            throws SQLException, IOException {
        long t0 = System.nanoTime();
        long written;
        try (Connection c = dataSource.getConnection()) {
            CopyIn copyIn = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN");
            try {
                var toServer = new OutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        try {
                            copyIn.writeToCopy(bytes, offset, length);
                        } catch (SQLException e) {
                            throw new IOException(e);
                        }
                    }
                };
                var out = new BufferedWriter(new OutputStreamWriter(toServer, StandardCharsets.UTF_8), 1 << 16);
                Consumer<Household> sink = h -> {
                    try {
                        rows.write(h, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                new SyntheticPopulation(townships, count, seed).generate(sink);
                out.flush();
                written = copyIn.endCopy();
            } finally {
                if (copyIn.isActive()) {
                    copyIn.cancelCopy();
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-20s %,10d rows %6.1f s%n", table, written, seconds(t0));
    }

    /** One line of COPY's text format: tab-separated, {@code \N} for null. */
    private static void row(Writer out, Object... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.write("\\N");
            } else {
                String text = v instanceof LocalDate d ? d.toString() : v.toString();
                for (int j = 0; j < text.length(); j++) {
                    char ch = text.charAt(j);
                    if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                        throw new IllegalArgumentException("unexpected control character in " + text);
                    }
                }
                out.write(text);
            }
        }
        out.write('\n');
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
