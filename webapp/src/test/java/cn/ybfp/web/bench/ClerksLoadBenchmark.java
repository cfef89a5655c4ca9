package cn.ybfp.web.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clerks at work, through the real login: N sessions (the demo's county and township clerks, several sessions each)
 * for a number of seconds, each run one round of the main pages: the home page, a register search posted as the
 * form does, the first person found, the claim list, and the applications' work list. Prints the rounds, the
 * errors and the latency percentiles of a round. Not part of the test suite.
 *
 * <pre>./mvnw -pl webapp exec:java -Dexec.classpathScope=test -Dexec.mainClass=cn.ybfp.web.bench.ClerksLoadBenchmark \
 *   -Dexec.args="http://127.0.0.1:8080 demo-2026-ybfp 50 120"</pre>
 */
public final class ClerksLoadBenchmark {

    private static final String[] CLERKS = {
        "xq-shuangyang", "xq-shuangyang-mz", "xq-shuangyang-cw", "xz-yunshan", "xz-pinghu", "xq-nongan", "xq-yongji"
    };
    private static final Pattern PERSON = Pattern.compile("href=\"(/app/register/people/\\d+)\"");
    private static final String[] NAMES = {"王", "李", "张", "刘", "赵"};

    private ClerksLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        URI portal = URI.create(args[0]);
        String password = args[1];
        int sessions = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        List<PortalLogin.Session> logins = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            logins.add(PortalLogin.login(portal, CLERKS[i % CLERKS.length], password));
        }
        System.out.printf("%d sessions logged in through Keycloak; %d s of rounds%n", sessions, seconds);
        LoadLoop.Result result = LoadLoop.run(sessions, seconds, c -> {
            var session = logins.get(c);
            var random = new SplittableRandom(c);
            return () -> {
                try {
                    return round(portal, session, NAMES[random.nextInt(NAMES.length)]);
                } catch (java.io.IOException e) {
                    FAILURES.computeIfAbsent(
                                    e.getClass().getSimpleName() + ": " + e.getMessage(),
                                    k -> new java.util.concurrent.atomic.AtomicLong())
                            .incrementAndGet();
                    return false;
                }
            };
        });
        long[] l = result.latencies();
        System.out.printf(
                Locale.ROOT,
                "%d rounds of 5 pages, %d errors; a round: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                l.length,
                result.errors(),
                percentile(l, 50),
                percentile(l, 95),
                percentile(l, 99),
                l.length == 0 ? 0.0 : l[l.length - 1] / 1e6);
        FAILURES.forEach((what, count) -> System.out.printf("failed: %s × %d%n", what, count.get()));
    }

    private static boolean round(URI portal, PortalLogin.Session session, String name) throws Exception {
        var client = session.client();
        if (!ok(client.send(get(portal, "/app/"), HttpResponse.BodyHandlers.ofString()))) {
            return false;
        }
        var found = client.send(
                session.search(
                        portal.resolve("/app/register/people/search"),
                        "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)),
                HttpResponse.BodyHandlers.ofString());
        if (!ok(found)) {
            return false;
        }
        Matcher person = PERSON.matcher(found.body());
        if (person.find() && !ok(client.send(get(portal, person.group(1)), HttpResponse.BodyHandlers.ofString()))) {
            return false;
        }
        return ok(client.send(get(portal, "/app/claims"), HttpResponse.BodyHandlers.ofString()))
                && ok(client.send(get(portal, "/app/applications"), HttpResponse.BodyHandlers.ofString()));
    }

    private static HttpRequest get(URI portal, String path) {
        return HttpRequest.newBuilder(portal.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "zh-CN")
                .GET()
                .build();
    }

    /** What failed, by status and page ("302 /app/claims"), counted: printed at the end. */
    private static final java.util.Map<String, java.util.concurrent.atomic.AtomicLong> FAILURES =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    /** A page of the portal, not Keycloak's login form or an error page. */
    private static boolean ok(HttpResponse<String> response) {
        boolean ok = response.statusCode() == 200 && response.body().contains("id=\"caller-name\"");
        if (!ok) {
            String page = response.request().uri().getPath().replaceAll("\\d+", "N");
            FAILURES.computeIfAbsent(
                            response.statusCode() + " " + page, k -> new java.util.concurrent.atomic.AtomicLong())
                    .incrementAndGet();
        }
        return ok;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0.0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
