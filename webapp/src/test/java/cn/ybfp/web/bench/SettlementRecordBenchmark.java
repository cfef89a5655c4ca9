package cn.ybfp.web.bench;

import cn.ybfp.web.browser.ClientCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Load on {@code POST /api/settlements}, which records (issue 17: "the extra time a settlement takes with the
 * monitoring listeners on"). Each client is a thread of the demo hospital system 双阳区人民医院 that settles, back to
 * back, one inpatient claim of its own people of 双阳区 from the synthetic register (200,000 of them, a person per
 * client and round, so that clients never wait on each other's person and a person is settled about once a run), each
 * claim a new number. Run it against two builds on the same
 * database, with and without the monitoring module, and compare the p95. A program that prints figures, not a test.
 *
 * <pre>
 * SettlementRecordBenchmark portalUrl keycloakUrl hospitalSecret jdbcUrl dbUser dbPassword [clients=20] [seconds=30]
 * </pre>
 */
public final class SettlementRecordBenchmark {

    private SettlementRecordBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI portal = URI.create(args[0]);
        PortalLogin.requireLoopback(portal);
        int clients = args.length > 6 ? Integer.parseInt(args[6]) : 20;
        int seconds = args.length > 7 ? Integer.parseInt(args[7]) : 30;
        String token = ClientCredentials.token(args[1], "hospital-shuangyang", args[2]);
        List<String> people = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(args[3], args[4], args[5]);
                Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select p.id_number from person p join enrolment e on e.person_id = p.id"
                        + " and e.enrolment_year = 2026 and e.status = 'ENROLLED' where p.township_code like '220112%'"
                        + " and p.status = 'NORMAL' order by p.id limit 200000")) {
            while (rs.next()) {
                people.add(rs.getString(1));
            }
        }
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        LoadLoop.run(clients, 5, client -> settle(portal, token, people, run + "w", client, clients));
        LoadLoop.Result result =
                LoadLoop.run(clients, seconds, client -> settle(portal, token, people, run, client, clients));
        long[] sorted = result.latencies();
        System.out.printf(
                Locale.ROOT,
                "POST /api/settlements (recorded), %d clients, %d s: %d settled, %d errors, %.1f/s%n",
                clients,
                seconds,
                sorted.length,
                result.errors(),
                sorted.length / (double) seconds);
        System.out.printf(
                Locale.ROOT,
                "latency ms: p50 %.1f  p95 %.1f  p99 %.1f%n",
                PersonSearchLoadBenchmark.percentile(sorted, 50),
                PersonSearchLoadBenchmark.percentile(sorted, 95),
                PersonSearchLoadBenchmark.percentile(sorted, 99));
    }

    private static java.util.concurrent.Callable<Boolean> settle(
            URI portal, String token, List<String> people, String run, int client, int clients) {
        HttpClient http = HttpClient.newHttpClient();
        int[] n = {0};
        return () -> {
            int round = n[0]++;
            String idNumber = people.get((round * clients + client) % people.size());
            // a week's stay somewhere in the year: a person settled again in a later run is rarely readmitted
            java.time.LocalDate discharged =
                    java.time.LocalDate.of(2026, 1, 10).plusDays(Math.floorMod((run + idNumber).hashCode(), 300));
            String body = """
                    {"idNumber": "%s", "claims": [{"id": "RB%s-%d-%d", "kind": "INPATIENT", "date": "%s",
                     "admissionDate": "%s", "hospitalLevel": 2, "totalCost": "%d.00",
                     "outOfPolicyCost": "300.00"}]}""".formatted(
                    idNumber, run, client, round, discharged, discharged.minusDays(7), 3_000 + (round * 7919) % 20_000);
            HttpRequest request = HttpRequest.newBuilder(portal.resolve("/api/settlements"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        };
    }
}
