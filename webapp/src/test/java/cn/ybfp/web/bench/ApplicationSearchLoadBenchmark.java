package cn.ybfp.web.bench;

import cn.ybfp.kernel.ResidentId;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 5: "time for a township user to find and open a case in a county with 100,000 cases (p95)". A program that
 * prints figures, not a test.
 *
 * <pre>
 * ApplicationSearchLoadBenchmark portalUrl jdbcUrl dbUser dbPassword [cases=100000] [users=10] [seconds=30]
 * </pre>
 * Adds {@code cases} synthetic applications spread over the three townships of 双阳区 (220112), unless the county
 * already has that many, then logs {@code users} clerks of 云山街道 in through Keycloak. Each clerk, back to back,
 * searches a case of its township by case number, ID number or name (a third each) on the work-list page and opens
 * the first case found; the two requests together are one "find and open". Prints the percentiles in ms.
 */
public final class ApplicationSearchLoadBenchmark {

    private static final String[] TOWNSHIPS = {"220112001", "220112002", "220112100"};
    private static final Pattern CASE_LINK = Pattern.compile("href=\"(/app/applications/\\d+)\"");

    private ApplicationSearchLoadBenchmark() {}

    private record Target(String query) {}

    public static void main(String[] args) throws Exception {
        URI portal = URI.create(args[0]);
        PortalLogin.requireLoopback(portal);
        String db = args[1];
        int cases = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
        int users = args.length > 5 ? Integer.parseInt(args[5]) : 10;
        int seconds = args.length > 6 ? Integer.parseInt(args[6]) : 30;
        List<Target> targets = load(db, args[2], args[3], cases);
        List<PortalLogin.Session> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            sessions.add(PortalLogin.login(portal, "xz-yunshan", "demo-2026-ybfp"));
        }
        run(portal, sessions, targets, 5);
        long[] sorted = run(portal, sessions, targets, seconds);
        System.out.printf(
                Locale.ROOT,
                "find and open a case, %d clerks of 云山街道, %d s: %d times, %.1f/s%n",
                users,
                seconds,
                sorted.length,
                sorted.length / (double) seconds);
        System.out.printf(
                Locale.ROOT,
                "latency ms: p50 %.1f  p95 %.1f  p99 %.1f%n",
                PersonSearchLoadBenchmark.percentile(sorted, 50),
                PersonSearchLoadBenchmark.percentile(sorted, 95),
                PersonSearchLoadBenchmark.percentile(sorted, 99));
    }

    /** Inserts the synthetic cases if the county has fewer; answers search values of 云山街道's cases. */
    private static List<Target> load(String db, String user, String password, int cases) throws Exception {
        try (var c = DriverManager.getConnection(db, user, password)) {
            long have;
            try (var s = c.createStatement();
                    var rs = s.executeQuery(
                            "select count(*) from assistance_application where township_code like '220112%'")) {
                rs.next();
                have = rs.getLong(1);
            }
            if (have < cases) {
                long t0 = System.nanoTime();
                insert(c, (int) (cases - have));
                System.out.printf(
                        Locale.ROOT, "inserted %d cases in %.1f s%n", cases - have, (System.nanoTime() - t0) / 1e9);
            }
            try (var s = c.createStatement()) {
                s.execute("analyze assistance_application");
            }
            List<Target> targets = new ArrayList<>();
            try (var s = c.createStatement();
                    var rs = s.executeQuery(
                            "select id, id_number, person_name"
                                    + " from assistance_application where township_code = '220112001' order by md5(id::text) limit 3000")) {
                int n = 0;
                while (rs.next()) {
                    String query = switch (n++ % 3) {
                        case 0 -> String.format("SQ%06d", rs.getLong(1));
                        case 1 -> rs.getString(2);
                        default -> rs.getString(3);
                    };
                    targets.add(new Target(query));
                }
            }
            return targets;
        }
    }

    private static void insert(java.sql.Connection c, int count) throws Exception {
        c.setAutoCommit(false);
        var random = new SplittableRandom(20261122);
        String sql = "insert into assistance_application (id, person_id, person_name, id_number, township_code,"
                + " village, cost_year, state, state_since, due_on, household_members, household_income,"
                + " declaration_signed, materials_received, materials_missing, reduced, created_by, created_at, version)"
                + " values (nextval('assistance_application_seq'), ?, ?, ?, ?, ?, 2026, ?, ?, ?, 3, 12000, true,"
                + " 'ID_DOCUMENT', '', false, 'bench', ?, 0)";
        String[] states = {"APPLIED", "ACCEPTED", "PRE_REVIEWED", "DETERMINED", "PAID", "PAID", "PAID", "REJECTED"};
        try (var s = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                int year = 1940 + random.nextInt(70);
                boolean male = random.nextBoolean();
                String township = TOWNSHIPS[random.nextInt(TOWNSHIPS.length)];
                String first17 = township.substring(0, 6)
                        + year
                        + String.format(
                                "%02d%02d%03d", 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
                LocalDate since = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(320));
                s.setLong(1, 1_000_000L + i);
                s.setString(2, ChineseNames.surname(random) + ChineseNames.given(random, male, year));
                s.setString(3, first17 + ResidentId.checkCharacter(first17));
                s.setString(4, township);
                s.setString(5, "村" + random.nextInt(30));
                s.setString(6, states[random.nextInt(states.length)]);
                s.setObject(7, since);
                s.setObject(8, since.plusDays(7));
                s.setTimestamp(9, Timestamp.valueOf(LocalDateTime.of(since, java.time.LocalTime.NOON)));
                s.addBatch();
                if (i % 1000 == 999) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    private static long[] run(URI portal, List<PortalLogin.Session> sessions, List<Target> targets, int seconds)
            throws InterruptedException {
        LoadLoop.Result result = LoadLoop.run(sessions.size(), seconds, t -> {
            var session = sessions.get(t);
            var client = session.client();
            var random = new SplittableRandom(t);
            return () -> {
                Target target = targets.get(random.nextInt(targets.size()));
                String list = client.send(
                                session.search(
                                        portal.resolve("/app/applications/search"),
                                        "q=" + URLEncoder.encode(target.query(), StandardCharsets.UTF_8)),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                Matcher link = CASE_LINK.matcher(list.substring(Math.max(0, list.indexOf("id=\"found\""))));
                if (!link.find()) {
                    return false;
                }
                var page = client.send(
                        HttpRequest.newBuilder(portal.resolve(link.group(1))).build(),
                        HttpResponse.BodyHandlers.ofString());
                return page.statusCode() == 200 && page.body().contains("id=\"case-number\"");
            };
        });
        if (result.errors() > 0) {
            System.out.println("errors: " + result.errors());
        }
        return result.latencies();
    }
}
