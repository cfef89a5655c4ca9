package cn.ybfp.web.bench;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;

/**
 * The health list's figure (issue 15): a county uploads a list of 200,000 rows, the portal compares it with the
 * register of 1,000,000 people, and the county applies it; measured through the portal's own pages, as a clerk does
 * it, against PostgreSQL's own {@code COPY} of the same file into a bare table. Needs the portal running on the
 * database {@link SyntheticRegister} loaded (README, Benchmarks). Not a test: a program that prints what it measured.
 *
 * <p>The list is drawn from the database, deterministically: people of the county with a category, most of them, and
 * without one (not target persons), people of another county (unknown to this county), a name that differs, and bad
 * rows (a wrong check digit, no institution, a diagnosis in the future). The list, its rows and the recognitions the
 * apply started are deleted at the end unless {@code --keep}, so that the next run finds the same register.
 *
 * <pre>HealthListBenchmark portalUrl jdbcUrl dbUser dbPassword user password [rows [county]] [--keep]</pre>
 */
public final class HealthListBenchmark {

    private static final String[] DISEASES = {"高血压", "糖尿病", "M03900", "M01600", "高血压病"};
    private static final String OTHER_COUNTY = "220122";

    private HealthListBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI portal = URI.create(args[0]);
        int rows = args.length > 6 && !args[6].startsWith("--") ? Integer.parseInt(args[6]) : 200_000;
        String county = args.length > 7 && !args[7].startsWith("--") ? args[7] : "220112";
        boolean keep = args[args.length - 1].equals("--keep");
        Path file = Files.createTempFile("health-list-", ".csv");
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            long people = writeList(db, file, rows, county);
            double copy = BenchSql.copySeconds(db, file, 5);
            var session = PortalLogin.login(portal, args[4], args[5]);
            long t0 = System.nanoTime();
            HttpResponse<String> compared = MultipartUpload.post(
                    session, portal, "/app/booklets/health-lists", file, "/app/booklets/health-lists");
            double compare = BenchSql.seconds(t0);
            long listId = MultipartUpload.idOf(compared);
            long t1 = System.nanoTime();
            HttpResponse<String> applied = MultipartUpload.form(
                    session,
                    portal,
                    "/app/booklets/health-lists/" + listId + "/apply",
                    "version=" + BenchSql.version(compared.body()));
            double apply = BenchSql.seconds(t1);
            if (applied.statusCode() != 200
                    || !String.valueOf(applied.uri().getQuery()).contains("notice=applied")) {
                throw new IllegalStateException("the apply was not confirmed (status " + applied.statusCode() + ")");
            }
            print(db, listId, rows, people, Files.size(file), copy, compare, apply);
            if (!keep) {
                forget(db, listId);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The list's rows, about 85 % of them people of the county; returns how many people the county has. */
    private static long writeList(Connection db, Path file, int rows, String county) throws SQLException, IOException {
        var random = new Random(20261206L);
        int others = rows / 20;
        int bad = rows / 50;
        int differs = rows / 100;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("身份证号,姓名,疾病,诊断机构,诊断日期\n");
            int good = rows - others - bad - differs;
            int written = write(db, out, random, county, 0, good, RowKind.GOOD);
            written += write(db, out, random, OTHER_COUNTY, 0, others, RowKind.GOOD);
            written += write(db, out, random, county, good, differs, RowKind.NAME_DIFFERS);
            written += write(db, out, random, county, good + differs, rows - written, RowKind.BAD);
            if (written != rows) {
                throw new IllegalStateException("the county has too few people for " + rows + " rows");
            }
        }
        return BenchSql.scalar(db, "select count(*) from person where township_code like '" + county + "%'");
    }

    private enum RowKind {
        GOOD,
        NAME_DIFFERS,
        BAD
    }

    private static int write(
            Connection db, Writer out, Random random, String county, int offset, int limit, RowKind kind)
            throws SQLException, IOException {
        // a stable pseudo-random sample: ordered by a hash of the id, each kind from its own slice of the county
        try (PreparedStatement s = db.prepareStatement("select id_number, name from person where township_code like ?"
                + " order by md5(id::text) offset ? limit ?")) {
            s.setString(1, county + "%");
            s.setInt(2, offset);
            s.setInt(3, limit);
            int n = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.write(line(rs.getString(1), rs.getString(2), random, kind, n++));
                }
            }
            return n;
        }
    }

    private static String line(String idNumber, String name, Random random, RowKind kind, int n) {
        String disease = DISEASES[random.nextInt(DISEASES.length)];
        LocalDate diagnosed = LocalDate.of(2026, 11, 30).minusDays(random.nextInt(3 * 365));
        String institution = "双阳区医院";
        switch (kind) {
            case NAME_DIFFERS -> name = name + "某";
            case BAD -> {
                switch (n % 3) {
                    case 0 -> idNumber = idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
                    case 1 -> institution = "";
                    default -> diagnosed = LocalDate.of(2099, 1, 1);
                }
            }
            default -> {}
        }
        return String.join(",", idNumber, name, disease, institution, diagnosed.toString()) + "\n";
    }

    private static void print(
            Connection db, long listId, int rows, long people, long bytes, double copy, double compare, double apply)
            throws SQLException {
        System.out.printf(
                "list: %,d rows (%,d bytes) of county with %,d people; register: %,d people%n",
                rows, bytes, people, BenchSql.scalar(db, "select count(*) from person"));
        System.out.printf(
                "outcomes: %s%n",
                BenchSql.text(
                        db,
                        "select string_agg(outcome || '=' || n, ', ' order by outcome) from (select outcome,"
                                + " count(*) n from health_list_row where list_id = " + listId
                                + " group by outcome) t"));
        System.out.printf(
                "recognitions started: %,d%n",
                BenchSql.scalar(db, "select count(*) from recognition where health_list_id = " + listId));
        System.out.printf("COPY into a bare table:        %8.2f s%n", copy);
        System.out.printf("upload + compare (one page):   %8.2f s%n", compare);
        System.out.printf("apply (one page):              %8.2f s%n", apply);
        System.out.printf("compare + apply / COPY:        %8.1f×%n", (compare + apply) / copy);
    }

    /** Deletes the list and what its apply started, so that the next run meets the same register. */
    private static void forget(Connection db, long listId) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("delete from recognition_aud where id in (select id from recognition where health_list_id = "
                    + listId + ")");
            s.execute("delete from recognition where health_list_id = " + listId);
            s.execute("delete from health_list_row where list_id = " + listId);
            s.execute("delete from health_list where id = " + listId);
        }
    }
}
