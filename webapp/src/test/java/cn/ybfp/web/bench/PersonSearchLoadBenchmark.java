package cn.ybfp.web.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Load on the register's search through the running portal (issue 3: "person search by ID number and by name prefix
 * within a county, p95 under 50 ms with 20 concurrent users"). A program that prints figures, not a test.
 *
 * <pre>
 * PersonSearchLoadBenchmark portalUrl user password [threads [durationSeconds]]
 *     [--db=jdbc:postgresql://127.0.0.1:5432/ybfp_bench] [--db-user=postgres] [--db-password=postgres]
 *     [--scope=220112] [--warmup=5] [--max-requests=100000] [--think=0]
 * </pre>
 *
 * <ol>
 * <li>Picks search values from the portal's database over JDBC: ID numbers and names of people of the user's county
 * ({@code --scope}; a county user sees only its county). Name searches use the surname alone, or the surname and the
 * first given-name character, half each.</li>
 * <li>Logs every virtual user in through Keycloak's login page ({@link PortalLogin}): each thread is a user with its
 * own session.</li>
 * <li>Each thread alternates a search by ID number (posted to {@code /app/register/people/search}, as the form does) and by name prefix
 * ({@code ?name=…}), back to back ({@code --think=MS}: with a random pause of 0.5–1.5 times that between
 * searches, as a clerk who reads the result). A request counts as an error unless it answers 200 with the
 * result table {@code id="people"} and, for an ID number, the link to that very person (for a name, at least one
 * person).</li>
 * <li>A warm-up (not counted), then the measured run, which ends after {@code durationSeconds} or
 * {@code --max-requests}, whichever comes first. Only loopback addresses are accepted.</li>
 * </ol>
 * Prints requests, errors, throughput and the latency percentiles per kind, in milliseconds.
 */
public final class PersonSearchLoadBenchmark {

    enum Kind {
        ID("ID number"),
        NAME_SURNAME("name: surname"),
        NAME_TWO("name: surname + 1");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final Pattern PERSON_LINK = Pattern.compile("/app/register/people/\\d+\"");

    private record Target(Kind kind, String query, String expected) {}

    private PersonSearchLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        var positional = new ArrayList<String>();
        String db = "jdbc:postgresql://127.0.0.1:5432/ybfp_bench";
        String dbUser = "postgres";
        String dbPassword = "postgres";
        String scope = "220112";
        int warmup = 5;
        long maxRequests = 100_000;
        int think = 0;
        for (String arg : args) {
            if (arg.startsWith("--db=")) {
                db = arg.substring(5);
            } else if (arg.startsWith("--db-user=")) {
                dbUser = arg.substring(10);
            } else if (arg.startsWith("--db-password=")) {
                dbPassword = arg.substring(14);
            } else if (arg.startsWith("--scope=")) {
                scope = arg.substring(8);
            } else if (arg.startsWith("--warmup=")) {
                warmup = Integer.parseInt(arg.substring(9));
            } else if (arg.startsWith("--think=")) {
                think = Integer.parseInt(arg.substring(8));
            } else if (arg.startsWith("--max-requests=")) {
                maxRequests = Long.parseLong(arg.substring(15));
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else {
                positional.add(arg);
            }
        }
        if (positional.size() < 3) {
            System.err.println("usage: PersonSearchLoadBenchmark portalUrl user password [threads [durationSeconds]]"
                    + " [--db=JDBC_URL] [--db-user=U] [--db-password=P] [--scope=COUNTY] [--warmup=S]"
                    + " [--max-requests=N] [--think=MS]");
            System.exit(2);
        }
        URI portal = URI.create(positional.get(0));
        PortalLogin.requireLoopback(portal);
        PortalLogin.requireLoopback(URI.create(db.replaceFirst("^jdbc:", "")));
        String user = positional.get(1);
        String password = positional.get(2);
        int threads = positional.size() > 3 ? Integer.parseInt(positional.get(3)) : 20;
        int duration = positional.size() > 4 ? Integer.parseInt(positional.get(4)) : 30;
        if (threads < 1
                || threads > 200
                || duration < 1
                || duration > 600
                || warmup < 0
                || warmup > 600
                || think < 0
                || think > 60_000) {
            throw new IllegalArgumentException("threads 1–200, duration 1–600 s, warm-up 0–600 s, think 0–60000 ms");
        }

        List<Target> ids = new ArrayList<>();
        List<Target> names = new ArrayList<>();
        pick(db, dbUser, dbPassword, scope, ids, names);
        System.out.printf(
                Locale.ROOT,
                "search values from %s within %s: %d ID numbers, %d name prefixes%n",
                db,
                scope,
                ids.size(),
                names.size());

        long t0 = System.nanoTime();
        var sessions = new ArrayList<PortalLogin.Session>();
        for (int i = 0; i < threads; i++) {
            sessions.add(PortalLogin.login(portal, user, password));
        }
        System.out.printf(
                Locale.ROOT,
                "%d users logged in as %s (%s) through Keycloak in %.1f s%n",
                threads,
                user,
                sessions.get(0).displayName(),
                SyntheticRegister.seconds(t0));

        System.out.println(
                think == 0
                        ? "no think time: each user sends its next search as soon as the last answers"
                        : "think time: each user waits " + think / 2 + "–" + think * 3 / 2 + " ms between searches");
        Phase warm = run(portal, sessions, ids, names, warmup, maxRequests, 1, think);
        System.out.printf(
                Locale.ROOT,
                "warm-up: %d s, %d requests, %d errors %s(not counted)%n",
                warmup,
                warm.requests(),
                warm.errors(),
                warm.errors() == 0 ? "" : warm.errorCategories() + " ");
        Phase measured = run(portal, sessions, ids, names, duration, maxRequests, 2, think);
        report(measured, threads);
    }

    private static void pick(
            String db, String user, String password, String scope, List<Target> ids, List<Target> names)
            throws SQLException {
        // a fixed pseudo-random sample (md5 of the id), the same for every run on the same data
        try (var c = DriverManager.getConnection(db, user, password);
                var s = c.prepareStatement("select id, id_number, name from person where township_code like ?"
                        + " order by md5(id::text) limit 4000")) {
            s.setString(1, scope + "%");
            try (var rs = s.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    String name = rs.getString(3);
                    ids.add(new Target(
                            Kind.ID, "idNumber=" + rs.getString(2), "/app/register/people/" + rs.getLong(1) + "\""));
                    int surname = name.length() >= 4 ? 2 : 1; // 欧阳, 司马: two-character surnames
                    String prefix = n++ % 2 == 0 ? name.substring(0, surname) : name.substring(0, surname + 1);
                    names.add(new Target(
                            prefix.length() == surname ? Kind.NAME_SURNAME : Kind.NAME_TWO,
                            "name=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8),
                            null));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("nobody within " + scope + " in " + db + ": load the register first");
        }
    }

    private record Phase(
            long requests,
            long errors,
            double seconds,
            Map<Kind, long[]> latencies,
            Map<Kind, Long> errorsByKind,
            List<String> sampleErrors,
            Map<String, Long> errorCategories) {}

    private static Phase run(
            URI portal,
            List<PortalLogin.Session> sessions,
            List<Target> ids,
            List<Target> names,
            int seconds,
            long maxRequests,
            long salt,
            int think)
            throws InterruptedException {
        int threads = sessions.size();
        var started = new AtomicLong();
        var errors = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        var perThread = new ArrayList<Map<Kind, long[]>>();
        var perThreadCounts = new ArrayList<Map<Kind, int[]>>();
        var errorsByKind = new EnumMap<Kind, AtomicLong>(Kind.class);
        for (Kind k : Kind.values()) {
            errorsByKind.put(k, new AtomicLong());
        }
        var sampleErrors = java.util.Collections.synchronizedList(new ArrayList<String>());
        var categories = new java.util.concurrent.ConcurrentSkipListMap<String, AtomicLong>();
        var done = new CountDownLatch(threads);
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            var latencies = new EnumMap<Kind, long[]>(Kind.class);
            var counts = new EnumMap<Kind, int[]>(Kind.class);
            for (Kind k : Kind.values()) {
                latencies.put(k, new long[1024]);
                counts.put(k, new int[1]);
            }
            perThread.add(latencies);
            perThreadCounts.add(counts);
            PortalLogin.Session session = sessions.get(t);
            HttpClient client = session.client();
            var random = new SplittableRandom(salt * 1000 + t);
            int offset = t;
            new Thread(
                            () -> {
                                try {
                                    for (long n = offset;
                                            System.nanoTime() < deadline && started.incrementAndGet() <= maxRequests;
                                            n++) {
                                        Target target = n % 2 == 0
                                                ? ids.get(random.nextInt(ids.size()))
                                                : names.get(random.nextInt(names.size()));
                                        var request = session.search(
                                                portal.resolve("/app/register/people/search"), target.query());
                                        long begin = System.nanoTime();
                                        String problem;
                                        try {
                                            HttpResponse<String> response =
                                                    client.send(request, HttpResponse.BodyHandlers.ofString());
                                            problem = check(target, response);
                                        } catch (java.io.IOException e) {
                                            problem = e.toString();
                                        }
                                        long elapsed = System.nanoTime() - begin;
                                        long[] own = latencies.get(target.kind());
                                        int[] count = counts.get(target.kind());
                                        if (count[0] == own.length) {
                                            own = Arrays.copyOf(own, own.length * 2);
                                            latencies.put(target.kind(), own);
                                        }
                                        own[count[0]++] = elapsed;
                                        if (think > 0) { // after the measurement: waiting is not latency
                                            Thread.sleep(think / 2 + random.nextInt(think + 1));
                                        }
                                        if (problem != null) {
                                            errors.incrementAndGet();
                                            String category = problem.startsWith("status ")
                                                    ? problem.substring(0, 10)
                                                    : problem.startsWith("java.")
                                                            ? problem.replaceFirst(":.*", "")
                                                            : problem;
                                            categories
                                                    .computeIfAbsent(category, c -> new AtomicLong())
                                                    .incrementAndGet();
                                            errorsByKind.get(target.kind()).incrementAndGet();
                                            if (sampleErrors.size() < 5) {
                                                sampleErrors.add(String.format(
                                                        Locale.ROOT,
                                                        "%s at %.1f s, %s %s: %s",
                                                        Thread.currentThread().getName(),
                                                        (begin - t0) / 1e9,
                                                        target.kind(),
                                                        target.query(),
                                                        problem));
                                            }
                                        }
                                    }
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                } finally {
                                    done.countDown();
                                }
                            },
                            "search-" + t)
                    .start();
        }
        done.await();
        double elapsed = SyntheticRegister.seconds(t0);
        var merged = new EnumMap<Kind, long[]>(Kind.class);
        var errorCounts = new EnumMap<Kind, Long>(Kind.class);
        long total = 0;
        for (Kind k : Kind.values()) {
            int size = 0;
            for (var counts : perThreadCounts) {
                size += counts.get(k)[0];
            }
            long[] all = new long[size];
            int at = 0;
            for (int t = 0; t < threads; t++) {
                int n = perThreadCounts.get(t).get(k)[0];
                System.arraycopy(perThread.get(t).get(k), 0, all, at, n);
                at += n;
            }
            Arrays.sort(all);
            merged.put(k, all);
            errorCounts.put(k, errorsByKind.get(k).get());
            total += size;
        }
        var byCategory = new java.util.LinkedHashMap<String, Long>();
        categories.forEach((c, n) -> byCategory.put(c, n.get()));
        return new Phase(total, errors.get(), elapsed, merged, errorCounts, List.copyOf(sampleErrors), byCategory);
    }

    private static String check(Target target, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            String text = response.body()
                    .replaceAll("(?s)<head.*?</head>|<[^>]*>", " ")
                    .replaceAll("\\s+", " ")
                    .strip();
            return "status " + response.statusCode() + " at " + response.uri().getPath() + ": "
                    + text.substring(0, Math.min(160, text.length()));
        }
        String body = response.body();
        if (!body.contains("id=\"people\"")) {
            return "no result table (id=\"people\") on " + response.uri();
        }
        if (target.expected() != null
                ? !body.contains(target.expected())
                : !PERSON_LINK.matcher(body).find()) {
            return "the person searched for is not in the result";
        }
        return null;
    }

    private static void report(Phase phase, int threads) {
        System.out.printf(
                Locale.ROOT,
                "measured: %.1f s, %d threads, %d requests, %d errors, %.1f requests/s%n",
                phase.seconds(),
                threads,
                phase.requests(),
                phase.errors(),
                phase.requests() / phase.seconds());
        System.out.println("kind                  requests  errors     p50     p95     p99     max  (ms)");
        long[] names = concat(
                phase.latencies().get(Kind.NAME_SURNAME), phase.latencies().get(Kind.NAME_TWO));
        line(Kind.ID.label, phase.latencies().get(Kind.ID), phase.errorsByKind().get(Kind.ID));
        line(
                "name (all)",
                names,
                phase.errorsByKind().get(Kind.NAME_SURNAME)
                        + phase.errorsByKind().get(Kind.NAME_TWO));
        for (Kind k : List.of(Kind.NAME_SURNAME, Kind.NAME_TWO)) {
            line("  " + k.label, phase.latencies().get(k), phase.errorsByKind().get(k));
        }
        long[] all = concat(phase.latencies().get(Kind.ID), names);
        line("all", all, phase.errors());
        if (!phase.errorCategories().isEmpty()) {
            System.out.println("errors by cause: " + phase.errorCategories());
        }
        phase.sampleErrors().forEach(e -> System.out.println("error: " + e));
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        return all;
    }

    private static void line(String label, long[] sorted, long errors) {
        System.out.printf(
                Locale.ROOT,
                "%-20s %9d %7d %7.1f %7.1f %7.1f %7.1f%n",
                label,
                sorted.length,
                errors,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
