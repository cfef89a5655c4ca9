package cn.ybfp.web.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clerks at work, through the real login: N sessions (the demo's county and township clerks, several sessions each)
 * for a number of seconds, each run one round of the main pages: the home page, a register search posted as the
 * form does, the first person found, the claim list, and the applications' work list. Prints the rounds, the
 * errors by cause and the latency percentiles of a round. The fault suite runs it too ({@code FiftyClerksIT},
 * {@code PostgresRestartIT}).
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

    /** The rounds, and what failed, by cause ("302 /app/claims", "IOException: …"), counted. */
    public record Outcome(LoadLoop.Result rounds, Map<String, AtomicLong> failures) {

        public String summary() {
            return String.format(
                    Locale.ROOT,
                    "%d rounds of 5 pages, %d errors; a round: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%s",
                    rounds.latencies().length,
                    rounds.errors(),
                    rounds.percentileMillis(50),
                    rounds.percentileMillis(95),
                    rounds.percentileMillis(99),
                    rounds.percentileMillis(100),
                    failures.isEmpty() ? "" : "; failed: " + failures);
        }
    }

    private ClerksLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Outcome outcome = run(URI.create(args[0]), args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        System.out.println(outcome.summary());
    }

    /** Logs in {@code sessions} clerks through Keycloak, then lets them work for {@code seconds}. */
    public static Outcome run(URI portal, String password, int sessions, int seconds) throws Exception {
        return work(portal, login(portal, password, sessions), seconds);
    }

    /** {@code sessions} clerks' sessions, logged in through Keycloak's page one after the other. */
    public static List<PortalLogin.Session> login(URI portal, String password, int sessions)
            throws IOException, InterruptedException {
        List<PortalLogin.Session> logins = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            logins.add(PortalLogin.login(portal, CLERKS[i % CLERKS.length], password));
        }
        return logins;
    }

    /** The logged-in clerks, each running rounds back to back for {@code seconds}. */
    public static Outcome work(URI portal, List<PortalLogin.Session> logins, int seconds) throws InterruptedException {
        System.out.printf("%d sessions logged in through Keycloak; %d s of rounds%n", logins.size(), seconds);
        Map<String, AtomicLong> failures = new ConcurrentSkipListMap<>();
        LoadLoop.Result result = LoadLoop.run(logins.size(), seconds, c -> {
            var session = logins.get(c);
            var random = new SplittableRandom(c);
            return () -> {
                try {
                    return round(portal, session, NAMES[random.nextInt(NAMES.length)], failures);
                } catch (IOException e) {
                    count(failures, e.getClass().getSimpleName() + ": " + e.getMessage());
                    return false;
                }
            };
        });
        return new Outcome(result, failures);
    }

    private static boolean round(URI portal, PortalLogin.Session session, String name, Map<String, AtomicLong> failures)
            throws IOException, InterruptedException {
        if (!ok(session.send(get(portal, "/app/")), failures)) {
            return false;
        }
        var found = session.send(session.search(
                portal.resolve("/app/register/people/search"),
                "name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
        if (!ok(found, failures)) {
            return false;
        }
        Matcher person = PERSON.matcher(found.body());
        if (person.find() && !ok(session.send(get(portal, person.group(1))), failures)) {
            return false;
        }
        return ok(session.send(get(portal, "/app/claims")), failures)
                && ok(session.send(get(portal, "/app/applications")), failures);
    }

    private static HttpRequest get(URI portal, String path) {
        return HttpRequest.newBuilder(portal.resolve(path))
                .header("Accept-Language", "zh-CN")
                .GET()
                .build();
    }

    /** A page of the portal, not Keycloak's login form or an error page. */
    private static boolean ok(HttpResponse<String> response, Map<String, AtomicLong> failures) {
        boolean ok = response.statusCode() == 200 && response.body().contains("id=\"caller-name\"");
        if (!ok) {
            count(
                    failures,
                    response.statusCode() + " "
                            + response.request().uri().getPath().replaceAll("\\d+", "N"));
        }
        return ok;
    }

    private static void count(Map<String, AtomicLong> failures, String what) {
        failures.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }
}
