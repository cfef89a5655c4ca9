package cn.ybfp.web.bench;

import cn.ybfp.web.browser.ClientCredentials;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/**
 * Load on {@code POST /api/settlements/preview} (issue 4: "latency p95 at 20 concurrent clients"). A program that
 * prints figures, not a test. Each client is a thread of a demo hospital system with its own Keycloak token that
 * previews, back to back, a two-claim case of 李建国 (demo data, 双阳区) with varying amounts; a reply other than 200
 * with two bills counts as an error. Previews settle nothing, so the benchmark can run against any instance.
 *
 * <p>It runs twice, to measure the booklet check (issue 15: "the check adds under 2 ms"): first with two inpatient
 * claims, which no booklet check concerns, then with an inpatient claim and an outpatient chronic claim for
 * hypertension (M03900), which the portal settles only after finding the catalogue entry and 李建国's valid booklet
 * (demo data). The engine's work for the two cases is alike; the difference is the check.
 *
 * <pre>
 * SettlementApiLoadBenchmark portalUrl keycloakUrl hospitalSecret [clients=20] [seconds=30] [warmupSeconds=5]
 * </pre>
 */
public final class SettlementApiLoadBenchmark {

    private SettlementApiLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SettlementApiLoadBenchmark portalUrl keycloakUrl hospitalSecret"
                    + " [clients [seconds [warmupSeconds]]]");
            System.exit(2);
        }
        URI portal = URI.create(args[0]);
        PortalLogin.requireLoopback(portal);
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 5;
        String token = ClientCredentials.token(args[1], "hospital-shuangyang", args[2]);

        double[] p95 = new double[2];
        for (boolean booklet : new boolean[] {false, true}) {
            run(portal, token, clients, warmup, booklet);
            p95[booklet ? 1 : 0] = report(run(portal, token, clients, seconds, booklet), clients, seconds, booklet);
        }
        System.out.printf(Locale.ROOT, "the booklet check adds %.1f ms at p95%n", p95[1] - p95[0]);
    }

    private static double report(LoadLoop.Result result, int clients, int seconds, boolean booklet) {
        long[] sorted = result.latencies();
        System.out.println(booklet ? "inpatient + outpatient chronic (booklet check):" : "two inpatient claims:");
        System.out.printf(
                Locale.ROOT,
                "POST /api/settlements/preview, %d clients, %d s: %d requests, %d errors," + " %.1f req/s%n",
                clients,
                seconds,
                sorted.length,
                result.errors(),
                sorted.length / (double) seconds);
        System.out.printf(
                Locale.ROOT,
                "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
                PersonSearchLoadBenchmark.percentile(sorted, 50),
                PersonSearchLoadBenchmark.percentile(sorted, 95),
                PersonSearchLoadBenchmark.percentile(sorted, 99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
        return PersonSearchLoadBenchmark.percentile(sorted, 95);
    }

    private static LoadLoop.Result run(URI portal, String token, int clients, int seconds, boolean booklet)
            throws InterruptedException {
        return LoadLoop.run(clients, seconds, client -> {
            HttpClient http = HttpClient.newHttpClient();
            int[] n = {0};
            return () -> {
                HttpRequest request = HttpRequest.newBuilder(portal.resolve("/api/settlements/preview"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body(client, n[0]++, booklet)))
                        .build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"id\":\"b\"");
            };
        });
    }

    /** Two claims of 2026 (class 2 under the demo's 2026 scheme): the second builds on the first's accumulators. */
    private static String body(int client, int n, boolean booklet) {
        String second = booklet
                ? "{\"id\": \"b\", \"kind\": \"OUTPATIENT_CHRONIC\", \"date\": \"2026-07-01\", \"disease\": \"M03900\","
                        + " \"totalCost\": \"%d.00\"}"
                : "{\"id\": \"b\", \"kind\": \"INPATIENT\", \"date\": \"2026-07-01\", \"admissionDate\": \"2026-06-25\","
                        + " \"hospitalLevel\": 2, \"totalCost\": \"%d.00\"}";
        return ("""
                {"idNumber": "220112197808050312", "claims": [
                 {"id": "a", "kind": "INPATIENT", "date": "2026-05-01", "admissionDate": "2026-04-24", "hospitalLevel": 2,
                  "totalCost": "%d.%02d", "outOfPolicyCost": "300.00"},
                 """ + second + "]}").formatted(5_000 + (client * 7919 + n * 104_729) % 60_000, n % 100, 300 + n % 900);
    }
}
