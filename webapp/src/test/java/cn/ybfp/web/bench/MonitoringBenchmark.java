package cn.ybfp.web.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monitoring figures (issue 17), through the portal's pages on the database {@link SyntheticRegister} loaded:
 * <ol>
 * <li>once, 1,000,000 settled claims of 2026 as monitoring keeps them (600,000 people of the demo townships, a third
 * of them of no category; 24 hospitals of levels 1 to 3 per county, one of them twice as popular for half the year;
 * nine in ten inpatient; a person's second claim 5 to 34 days after the first) are written by SQL into
 * {@code monitored_claim} ({@code --setup} does only that);</li>
 * <li>the province recomputes the year's warnings and screens (the page's button), twice: the first run raises and
 * flags, the second finds everything there;</li>
 * <li>the province's out-of-catalogue page is read 20 times after 5 to warm up: p50, p95, max.</li>
 * </ol>
 * The warnings and flags the runs made are deleted afterwards unless {@code --keep}; the claims stay. Not a test: a
 * program that prints what it measured.
 *
 * <pre>MonitoringBenchmark portalUrl jdbcUrl dbUser dbPassword provinceUser password [claims] [--setup|--keep]</pre>
 */
public final class MonitoringBenchmark {

    /** Far above any real claim's or person's id, so that the benchmark's rows are told apart and deleted. */
    private static final long BASE = 1_000_000_000L;

    private static final Pattern TOOK = Pattern.compile("用时 (\\d+) 毫秒");

    private MonitoringBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI portal = URI.create(args[0]);
        PortalLogin.requireLoopback(portal);
        int claims = args.length > 6 && !args[6].startsWith("--") ? Integer.parseInt(args[6]) : 1_000_000;
        String option = args[args.length - 1];
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            setUp(db, claims);
            if (option.equals("--setup")) {
                return;
            }
            clear(db);
            var session = PortalLogin.login(portal, args[4], args[5]);
            for (String run : new String[] {"first", "second"}) {
                long t0 = System.nanoTime();
                HttpResponse<String> page =
                        MultipartUpload.form(session, portal, "/app/monitoring/rules/recompute", "year=2026");
                double seconds = BenchSql.seconds(t0);
                Matcher took = TOOK.matcher(page.body());
                if (page.statusCode() != 200 || !took.find()) {
                    throw new IllegalStateException("the recomputation failed: " + page.statusCode());
                }
                System.out.printf(
                        Locale.ROOT,
                        "recomputation (%s run) of %,d claims: %.1f s through the page (%s ms in the service);"
                                + " warnings %,d, flags %,d%n",
                        run,
                        claims,
                        seconds,
                        took.group(1),
                        BenchSql.scalar(db, "select count(*) from high_cost_warning where person_id >= " + BASE),
                        BenchSql.scalar(db, "select count(*) from screen_flag where hospital like 'BM%'"));
            }
            pageLatency(session, portal);
            if (!option.equals("--keep")) {
                clear(db);
            }
        }
    }

    private static void pageLatency(PortalLogin.Session session, URI portal) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(portal.resolve("/app/monitoring/out-of-catalogue?year=2026"))
                .header("Accept-Language", "zh-CN")
                .GET()
                .build();
        long[] nanos = new long[20];
        for (int i = -5; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> page = session.client().send(request, HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200 || !page.body().contains("BM医院")) {
                throw new IllegalStateException("the out-of-catalogue page failed: " + page.statusCode());
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "the province's out-of-catalogue page, 20 requests: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                PersonSearchLoadBenchmark.percentile(nanos, 50),
                PersonSearchLoadBenchmark.percentile(nanos, 95),
                nanos[nanos.length - 1] / 1e6);
    }

    /** Writes the claims once (or again, when their number differs). */
    private static void setUp(Connection db, int claims) throws SQLException {
        long present = BenchSql.scalar(db, "select count(*) from monitored_claim where claim_id > " + BASE);
        if (present == claims) {
            return;
        }
        long t0 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            s.execute("delete from monitored_claim where claim_id > " + BASE);
            s.execute("insert into monitored_claim (claim_id, claim_number, person_id, person_name, id_number_masked,"
                    + " township_code, county_code, pooling_region, categories, target, kind, claim_date, claim_year,"
                    + " admission_date, hospital, hospital_level, total_cost, out_of_policy_cost, personal_payment,"
                    + " reversed)"
                    + " select " + BASE + " + g, 'BM' || g, p, '监测' || (p % 100000), '220112********'"
                    + " || lpad((p % 10000)::text, 4, '0'), t, substr(t, 1, 6), substr(t, 1, 4) || '00',"
                    + " case p % 3 when 0 then 'MONITORED_AT_RISK' when 1 then '' else 'LOW_INCOME_GUARANTEE' end,"
                    + " p % 3 <> 1, case when g % 10 = 7 then 'OUTPATIENT_CHRONIC' else 'INPATIENT' end, d, 2026,"
                    + " case when g % 10 = 7 then null else d - (g % 14)::int end, 'BM医院' || lpad(h::text, 2, '0'),"
                    + " 1 + h % 3, c, round(c * (g % 6) / 100.0, 2), pay, false"
                    + " from (select g, p, d, h, c, pay, (array['220112001', '220112002', '220112100', '220122100',"
                    + " '220122101', '220122102', '220221100', '220221101', '220221102', '220281001', '220281100',"
                    + " '220281101'])[1 + p % 12] as t"
                    // a person's second claim 5 to 34 days after the first, at the same hospital for half of them;
                    // one hospital of each county twice as popular as the others in the first half of the year
                    + " from (select g, p, date '2026-01-01' + ((p % 300) + i * (5 + p % 30))::int as d,"
                    + " case when i = 0 and p % 7 = 0 and p % 300 < 180 then 0 else (p + i * (p % 2)) % 24 end as h,"
                    + " (1000 + (g * 7919) % 30000)::numeric(12, 2) as c,"
                    + " case when g % 997 = 0 then 16000.00 else ((g * 104729) % 5000)::numeric(12, 2) end as pay"
                    + " from (select g, " + BASE + " + g % 600000 as p, g / 600000 as i"
                    + " from generate_series(1::bigint, " + claims + ") g) u) s) t");
            s.execute("analyze monitored_claim");
        }
        System.out.printf(Locale.ROOT, "wrote %,d claims in %.1f s%n", claims, BenchSql.seconds(t0));
    }

    /** Deletes what the recomputations made from the benchmark's claims. */
    private static void clear(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("delete from high_cost_warning_aud where person_id >= " + BASE);
            s.execute("delete from high_cost_warning where person_id >= " + BASE);
            s.execute("delete from screen_flag_aud where hospital like 'BM%'");
            s.execute("delete from screen_flag where hospital like 'BM%'");
        }
    }
}
