package cn.ybfp.web.bench;

import java.io.Writer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The contracts' figures (issue 16), through the portal's pages on the database {@link SyntheticRegister} loaded:
 * <ol>
 * <li>once, 100,000 contracts of 双阳区's synthetic people (a team per township, 基础包 and 慢病管理包) and 1,000,000
 * service records are written by SQL ({@code --setup} does only that);</li>
 * <li>the county's run of a quarter is computed as a clerk does it, and timed against a plain SQL aggregate of the
 * same records (count and first day per contract and service type);</li>
 * <li>a file of 500,000 new service records for those contracts is uploaded, compared and applied, and timed against
 * PostgreSQL's {@code COPY} of the same file into a bare table.</li>
 * </ol>
 * The run, the file and the records it applied are deleted afterwards unless {@code --keep}, so that the next run
 * meets the same data. Not a test: a program that prints what it measured.
 *
 * <pre>ContractsBenchmark portalUrl jdbcUrl dbUser dbPassword user password quarter [--keep]</pre>
 */
public final class ContractsBenchmark {

    private static final int CONTRACTS = 100_000;
    private static final long FIRST_CONTRACT = 100_000;

    private ContractsBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI portal = URI.create(args[0]);
        String quarter = args[6];
        boolean keep = args[args.length - 1].equals("--keep");
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            setUp(db);
            var session = PortalLogin.login(portal, args[4], args[5]);
            double aggregate = aggregate(db, quarter);
            long t0 = System.nanoTime();
            HttpResponse<String> run =
                    MultipartUpload.form(session, portal, "/app/contracts/runs", "quarter=" + quarter);
            double computeAndShow = BenchSql.seconds(t0);
            if (run.statusCode() != 200 || !run.uri().getPath().matches("/app/contracts/runs/\\d+")) {
                throw new IllegalStateException("the run was not computed: " + run.statusCode() + " " + run.uri());
            }
            long runId = MultipartUpload.idOf(run);
            long t1 = System.nanoTime();
            session.client()
                    .send(
                            java.net.http.HttpRequest.newBuilder(run.uri())
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            double show = BenchSql.seconds(t1);
            printRun(db, runId, aggregate, computeAndShow, show);

            Path file = Files.createTempFile("service-records-", ".csv");
            try {
                writeFile(db, file);
                double copy = BenchSql.copySeconds(db, file, 6);
                long t2 = System.nanoTime();
                HttpResponse<String> compared =
                        MultipartUpload.post(session, portal, "/app/contracts/imports", file, "/app/contracts/imports");
                double compare = BenchSql.seconds(t2);
                long fileId = MultipartUpload.idOf(compared);
                long t3 = System.nanoTime();
                HttpResponse<String> applied = MultipartUpload.form(
                        session,
                        portal,
                        "/app/contracts/imports/" + fileId + "/apply",
                        "version=" + BenchSql.version(compared.body()));
                double apply = BenchSql.seconds(t3);
                if (!String.valueOf(applied.uri().getQuery()).contains("notice=applied")) {
                    throw new IllegalStateException("the file was not applied: " + applied.uri());
                }
                printImport(db, fileId, Files.size(file), copy, compare, apply);
                if (!keep) {
                    forget(db, runId, fileId);
                }
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /** 100,000 contracts and 1,000,000 service records in 双阳区, unless they are there already. */
    private static void setUp(Connection db) throws SQLException {
        if (BenchSql.scalar(db, "select count(*) from family_doctor_contract where id >= " + FIRST_CONTRACT)
                >= CONTRACTS) {
            return;
        }
        long t0 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("insert into family_doctor_team (id, name, institution, township, active_from, changed_by,"
                    + " changed_at, version) select 100000 + row_number() over (order by code), name || '家庭医生团队',"
                    + " name || '卫生院', code, date '2025-01-01', 'bench', now(), 0 from division"
                    + " where parent_code = '220112'");
            s.execute("insert into team_member (id, team_id, name, licence_number, role, active_from)"
                    + " select t.id * 10 + k, t.id, '医生' || k, 'B' || t.id || k, 'DOCTOR', date '2025-01-01'"
                    + " from family_doctor_team t cross join generate_series(1, 3) k where t.id >= 100000");
            s.execute("insert into family_doctor_contract (id, person_id, active_holder, person_name, id_number,"
                    + " township, county, team_id, package_id, signed_on, valid_to, status, personal_share,"
                    + " changed_by, changed_at, version)"
                    + " select " + FIRST_CONTRACT + " + row_number() over (order by p.id), p.id, p.id, p.name,"
                    + " p.id_number, p.township_code, '220112', t.id, case when p.id % 5 = 0 then 2 else 1 end,"
                    + " date '2025-10-01' + (p.id % 270)::int, date '2025-10-01' + (p.id % 270)::int"
                    + " + interval '1 year' - interval '1 day', 'ACTIVE', 0.00, 'bench', now(), 0"
                    + " from (select * from person where township_code like '220112%' and id >= "
                    + SyntheticPopulation.FIRST_ID
                    + " order by id limit " + CONTRACTS
                    + ") p join family_doctor_team t on t.township = p.township_code"
                    + " and t.id >= 100000");
            // ten records a contract, on days ten apart from a day after signing: an assessment, follow-ups, visits
            s.execute("insert into service_record (id, contract_id, person_id, county, service_type, service_date,"
                    + " member_id, recorded_by, recorded_at)"
                    + " select 10000000 + c.id * 10 + k, c.id, c.person_id, '220112',"
                    + " case when k = 0 then 'HEALTH_ASSESSMENT' when k % 2 = 1 then 'CHRONIC_FOLLOW_UP'"
                    + " else 'HOME_VISIT' end, c.signed_on + 1 + k * 30 + (c.id % 7)::int, c.team_id * 10 + 1,"
                    + " 'bench', now() from family_doctor_contract c cross join generate_series(0, 9) k"
                    + " where c.id >= " + FIRST_CONTRACT);
            s.execute("analyze family_doctor_contract");
            s.execute("analyze service_record");
        }
        System.out.printf(
                "set up %,d contracts and %,d service records in %.1f s%n",
                BenchSql.scalar(db, "select count(*) from family_doctor_contract where id >= " + FIRST_CONTRACT),
                BenchSql.scalar(db, "select count(*) from service_record where id >= 10000000"),
                BenchSql.seconds(t0));
    }

    /** The plain SQL aggregate of the records a run reads: count and first day per contract and type. */
    private static double aggregate(Connection db, String quarter) throws SQLException {
        String last = lastDay(quarter);
        long t0 = System.nanoTime();
        long groups = 0;
        try (Statement s = db.createStatement()) {
            s.setFetchSize(10_000);
            db.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery("select r.contract_id, r.service_type, count(*), min(r.service_date)"
                    + " from service_record r join family_doctor_contract c on c.id = r.contract_id"
                    + " where c.county = '220112' and r.service_date <= date '" + last + "'"
                    + " group by r.contract_id, r.service_type")) {
                while (rs.next()) {
                    groups++;
                }
            }
            db.commit();
            db.setAutoCommit(true);
        }
        System.out.printf("SQL aggregate: %,d groups%n", groups);
        return BenchSql.seconds(t0);
    }

    private static String lastDay(String quarter) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(5) - '0';
        return java.time.LocalDate.of(year, q * 3, 1).plusMonths(1).minusDays(1).toString();
    }

    /** 500,000 new records, five a contract: health education on days the set-up left free, by the team's doctor. */
    private static void writeFile(Connection db, Path file) throws Exception {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("身份证号,姓名,服务类型,服务日期,执业证书编码,备注\n");
            db.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyOut(
                            "copy (select c.id_number, c.person_name, '健康教育', c.signed_on + 3 + j * 20,"
                                    + " 'B' || c.team_id || 1, '讲座' from family_doctor_contract c"
                                    + " cross join generate_series(0, 4) j where c.id >= " + FIRST_CONTRACT
                                    + " order by c.id, j) to stdout with (format csv)",
                            out);
        }
    }

    private static void printRun(Connection db, long runId, double aggregate, double computeAndShow, double show)
            throws SQLException {
        System.out.printf(
                "run %d: %,d lines, total %s%n",
                runId,
                BenchSql.scalar(db, "select count(*) from contract_payment_line where run_id = " + runId),
                BenchSql.text(db, "select total from contract_payment_run where id = " + runId));
        System.out.printf("SQL aggregate of the records:      %8.2f s%n", aggregate);
        System.out.printf("compute + show the run (one page): %8.2f s%n", computeAndShow);
        System.out.printf("show the run again:                %8.2f s%n", show);
        System.out.printf("compute alone (the difference):    %8.2f s%n", computeAndShow - show);
        System.out.printf("compute / SQL aggregate:           %8.1f×%n", (computeAndShow - show) / aggregate);
    }

    private static void printImport(Connection db, long fileId, long bytes, double copy, double compare, double apply)
            throws SQLException {
        System.out.printf(
                "file: %,d bytes; outcomes: %s%n",
                bytes,
                BenchSql.text(
                        db,
                        "select string_agg(outcome || '=' || n, ', ' order by outcome) from (select outcome,"
                                + " count(*) n from service_record_import_row where import_id = " + fileId
                                + " group by outcome) t"));
        System.out.printf("COPY into a bare table:            %8.2f s%n", copy);
        System.out.printf("upload + compare (one page):       %8.2f s%n", compare);
        System.out.printf("apply (one page):                  %8.2f s%n", apply);
        System.out.printf("compare + apply / COPY:            %8.1f×%n", (compare + apply) / copy);
    }

    /** Deletes the run, the file and the records it applied: the next run meets the same data. */
    private static void forget(Connection db, long runId, long fileId) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("delete from contract_payment_line where run_id = " + runId);
            s.execute("delete from contract_payment_run_aud where id = " + runId);
            s.execute("delete from contract_payment_run where id = " + runId);
            s.execute("delete from service_record where service_type = 'HEALTH_EDUCATION' and id < 10000000"
                    + " and contract_id >= " + FIRST_CONTRACT);
            s.execute("delete from service_record_import_row where import_id = " + fileId);
            s.execute("delete from service_record_import where id = " + fileId);
        }
    }
}
