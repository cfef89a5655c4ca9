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

        run(portal, token, clients, warmup);
        LoadLoop.Result result = run(portal, token, clients, seconds);
        long[] sorted = result.latencies();
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
    }

    private static LoadLoop.Result run(URI portal, String token, int clients, int seconds) throws InterruptedException {
        return LoadLoop.run(clients, seconds, client -> {
            HttpClient http = HttpClient.newHttpClient();
            int[] n = {0};
            return () -> {
                HttpRequest request = HttpRequest.newBuilder(portal.resolve("/api/settlements/preview"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body(client, n[0]++)))
                        .build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"id\":\"b\"");
            };
        });
    }

    /** Two claims of 2022 (class 2 under jl-2022): the second builds on the first's accumulators. */
    private static String body(int client, int n) {
        return """
                {"idNumber": "220112197808050312", "claims": [
                 {"id": "a", "kind": "INPATIENT", "date": "2022-05-01", "hospitalLevel": 2,
                  "totalCost": "%d.%02d", "outOfPolicyCost": "300.00"},
                 {"id": "b", "kind": "OUTPATIENT_CHRONIC", "date": "2022-07-01", "totalCost": "%d.00"}]}""".formatted(5_000 + (client * 7919 + n * 104_729) % 60_000, n % 100, 300 + n % 900);
    }
}
