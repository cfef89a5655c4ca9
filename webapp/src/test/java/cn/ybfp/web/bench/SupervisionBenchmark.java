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
import java.util.concurrent.Callable;

/**
 * The supervision figures (issue 18), through the portal's pages on the database {@link SyntheticRegister} loaded:
 * <ol>
 * <li>once, by SQL: 1,000,000 settled claims of 2026 in the demo townships (nine in ten inpatient, four in five of
 * people with an assistance class, half through the API), 100,000 application cases with their approval events, and
 * the history the audit viewer searches: a revision per person of the register (1,000,000 revisions of 50 clerks)
 * and 200,000 supervisors' record views ({@code --setup} does only that);</li>
 * <li>the province's quarterly report page (2026-Q3, every county, the charts' months), 20 requests after 3 to warm
 * up: p50, p95, max;</li>
 * <li>the audit viewer's search by person (an ID number, posted) and by user, 20 each after 3: p50, p95, max.</li>
 * </ol>
 * The rows stay for the next run. Not a test: a program that prints what it measured.
 *
 * <pre>SupervisionBenchmark portalUrl jdbcUrl dbUser dbPassword provinceUser password [--setup]</pre>
 */
public final class SupervisionBenchmark {

    /** Far above any real id, so that the benchmark's rows are told apart. */
    private static final long BASE = 1_000_000_000L;

    /** The revisions' numbers (an integer column): far above the portal's own. */
    private static final int REV = 1_000_000_000;

    private static final String TOWNSHIPS = "(array['220112001', '220112002', '220112100', '220122100', '220122101',"
            + " '220122102', '220221100', '220221101', '220221102', '220281001', '220281100', '220281101'])";

    private SupervisionBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI portal = URI.create(args[0]);
        PortalLogin.requireLoopback(portal);
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            setUp(db);
            if (args[args.length - 1].equals("--setup")) {
                return;
            }
            String idNumber = BenchSql.text(db, "select id_number from person order by id limit 1 offset 4321");
            var session = PortalLogin.login(portal, args[4], args[5]);
            HttpRequest report = HttpRequest.newBuilder(portal.resolve("/app/supervision/reports?period=2026-Q3"))
                    .header("Accept-Language", "zh-CN")
                    .GET()
                    .build();
            measure("the province's quarterly report page (2026-Q3)", () -> {
                HttpResponse<String> page = session.client().send(report, HttpResponse.BodyHandlers.ofString());
                return page.statusCode() == 200 && page.body().contains("report-form");
            });
            measure("the audit viewer, by person", () -> audit(session, portal, "idNumber=" + idNumber));
            measure("the audit viewer, by user", () -> audit(session, portal, "username=bench-clerk-7"));
        }
    }

    private static boolean audit(PortalLogin.Session session, URI portal, String fields) throws Exception {
        HttpResponse<String> page = MultipartUpload.form(session, portal, "/app/supervision/audit", fields);
        return page.statusCode() == 200 && page.body().contains("change-rows");
    }

    private static void measure(String what, Callable<Boolean> request) throws Exception {
        long[] nanos = new long[20];
        for (int i = -3; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            if (!request.call()) {
                throw new IllegalStateException(what + ": the page failed");
            }
            if (i >= 0) {
                nanos[i] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                Locale.ROOT,
                "%s, 20 requests: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                what,
                PersonSearchLoadBenchmark.percentile(nanos, 50),
                PersonSearchLoadBenchmark.percentile(nanos, 95),
                nanos[nanos.length - 1] / 1e6);
    }

    /** Writes the rows once. */
    private static void setUp(Connection db) throws SQLException {
        if (BenchSql.scalar(db, "select count(*) from settled_claim where id > " + BASE) == 1_000_000) {
            return;
        }
        long t0 = System.nanoTime();
        try (Statement s = db.createStatement()) {
            claims(s);
            cases(s);
            history(s);
            for (String table : new String[] {
                "settled_claim",
                "assistance_application",
                "application_event",
                "revinfo",
                "person_aud",
                "person_record_view"
            }) {
                s.execute("analyze " + table);
            }
        }
        System.out.printf(Locale.ROOT, "wrote the claims, cases and history in %.1f s%n", BenchSql.seconds(t0));
    }

    private static void claims(Statement s) throws SQLException {
        s.execute("delete from settled_claim where id > " + BASE);
        s.execute("insert into settled_claim (id, claim_number, person_id, person_name, id_number_masked,"
                + " township_code, scheme_id, categories, assistance_class, birth_date, kind, claim_date, claim_year,"
                + " hospital, institution_code, hospital_level, referral, out_of_province, total_cost,"
                + " out_of_policy_cost, reported_reduction, reported_supplementary, in_policy, basic, critical_illness,"
                + " assistance, tilted_assistance, hospital_reduction, supplementary, reassistance, personal_payment,"
                + " rule_lines, ch_basic_inpatient, ch_basic_outpatient, ch_ci_base, ch_ci_paid,"
                + " ch_assist_deductible, ch_assist_paid, ch_tilted_burden, ch_tilted_paid, ch_reassist_rest,"
                + " ch_reassist_paid, ch_pku_paid, channel, settled_by, settled_at, version)"
                + " select " + BASE + " + g, 'SB' || g, " + BASE + " + g % 600000, '结算' || (g % 1000),"
                + " '220112********0000', t, 'jl-2022', '', cls, date '1960-01-01',"
                + " case when g % 10 = 7 then 'OUTPATIENT_CHRONIC' else 'INPATIENT' end, d, 2026,"
                + " 'SB医院' || (g % 24), 'H' || substr(t, 1, 6) || lpad((g % 24)::text, 5, '0'), 1 + g % 3,"
                + " 'NONE', false, c, round(c * 0.1, 2), 0, 0, round(c * 0.9, 2), round(c * 0.54, 2), 0,"
                + " case when cls is null then 0 else round(c * 0.27, 2) end, 0, 0, 0, 0,"
                + " c - round(c * 0.54, 2) - case when cls is null then 0 else round(c * 0.27, 2) end,"
                + " '', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, case when g % 2 = 0 then 'API' else 'PORTAL' end,"
                + " 'bench', d + time '10:00', 0"
                + " from (select g, " + TOWNSHIPS + "[1 + g % 12] as t, date '2026-01-01' + (g % 330)::int as d,"
                + " case when g % 5 = 0 then null else 1 + (g % 4)::int end as cls,"
                + " (1000 + (g * 7919) % 30000)::numeric(12, 2) as c from generate_series(1::bigint, 1000000) g) x");
    }

    private static void cases(Statement s) throws SQLException {
        s.execute("delete from application_event where application_id > " + BASE);
        s.execute("delete from assistance_application where id > " + BASE);
        s.execute("insert into assistance_application (id, person_id, person_name, id_number, township_code,"
                + " village, cost_year, state, state_since, due_on, household_members, household_income,"
                + " declaration_signed, materials_received, materials_missing, approved_amount, approved_by, reduced,"
                + " paid_on, created_by, created_at, version)"
                + " select " + BASE + " + g, " + BASE + " + g, '申请' || (g % 1000), '220112196001010000', t, '村',"
                + " 2026, case when g % 3 = 0 then 'PAID' else 'APPLIED' end, d, d + 7, 3, 12000, true, '', '',"
                + " case when g % 3 = 0 then 2000.00 end, case when g % 3 = 0 then 'bench' end, false,"
                + " case when g % 3 = 0 then d + 20 end, 'bench', d + time '09:00', 0"
                + " from (select g, " + TOWNSHIPS + "[1 + g % 12] as t, date '2026-01-01' + (g % 300)::int as d"
                + " from generate_series(1::bigint, 100000) g) x");
        s.execute("insert into application_event (id, application_id, happened_at, actor, from_state, to_state,"
                + " action, comment) select id, id, created_at + interval '10 days', 'bench', 'DETERMINED',"
                + " 'IN_NOTICE', 'APPROVE', null from assistance_application where id > " + BASE + " and id % 3 = 0");
    }

    private static void history(Statement s) throws SQLException {
        s.execute("delete from person_record_view where id > " + BASE);
        s.execute("delete from person_aud where rev >= " + REV);
        s.execute("delete from revinfo where rev >= " + REV);
        s.execute("insert into revinfo (rev, revtstmp, username) select " + REV + " + row_number() over (order by id),"
                + " extract(epoch from timestamp '2026-11-08' + (id % 29) * interval '1 day') * 1000,"
                + " 'bench-clerk-' || (id % 50) from person");
        s.execute("insert into person_aud (id, rev, revtype, id_number, name, phone, birth_date, sex, household_id,"
                + " relation_to_head, township_code, status, status_date) select p.id, r.rev, 0, p.id_number, p.name,"
                + " p.phone, p.birth_date, p.sex, p.household_id, p.relation_to_head, p.township_code, p.status,"
                + " p.status_date from (select p.*, " + REV + " + row_number() over (order by id) as rev from person p)"
                + " p join revinfo r on r.rev = p.rev");
        s.execute("insert into person_record_view (id, person_id, username, viewed_at, viewed_page) select "
                + BASE + " + n, id, 'bench-sheng-' || (n % 5), timestamp '2026-11-08' + (n % 29) * interval '1 day',"
                + " '参保台账' from (select id, row_number() over (order by id) as n from person) p where n % 5 = 0");
    }
}
