package cn.ybfp.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

/**
 * Closed-loop load: each client is a thread that runs its piece of work back to back until the time is up. The work
 * answers whether it succeeded; only successes are timed.
 */
public final class LoadLoop {

    private LoadLoop() {}

    /**
     * The latencies of the successful runs (nanoseconds, sorted), and when each run ended ({@link System#nanoTime},
     * sorted): the successful ones and the failed ones, to tell when a fault began and when it was over.
     */
    public record Result(long[] latencies, long[] succeededAt, long[] failedAt) {

        public long errors() {
            return failedAt.length;
        }

        /** The runs that ended after this moment ({@link System#nanoTime}): failed, and succeeded. */
        public long failedAfter(long nanoTime) {
            return java.util.Arrays.stream(failedAt).filter(t -> t > nanoTime).count();
        }

        public long succeededAfter(long nanoTime) {
            return java.util.Arrays.stream(succeededAt)
                    .filter(t -> t > nanoTime)
                    .count();
        }

        /** The p-th percentile of the successful runs' latency, in milliseconds. */
        public double percentileMillis(int p) {
            return latencies.length == 0
                    ? 0.0
                    : latencies[Math.min(latencies.length - 1, latencies.length * p / 100)] / 1e6;
        }
    }

    /** @param work for each client index, the work of one run */
    public static Result run(int clients, int seconds, IntFunction<Callable<Boolean>> work)
            throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Runs> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Runs runs = new Runs();
            perClient.add(runs);
            Callable<Boolean> once = work.apply(c);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        ok = once.call();
                    } catch (Exception e) {
                        ok = false;
                    }
                    runs.add(ok, t0, System.nanoTime());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(
                sorted(perClient, r -> r.latencies),
                sorted(perClient, r -> r.succeededAt),
                sorted(perClient, r -> r.failedAt));
    }

    private static long[] sorted(List<Runs> perClient, java.util.function.Function<Runs, List<Long>> part) {
        return perClient.stream()
                .map(part)
                .flatMap(List::stream)
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
    }

    /** One client's runs; written by its own thread only, read after it ended. */
    private static final class Runs {
        final List<Long> latencies = new ArrayList<>();
        final List<Long> succeededAt = new ArrayList<>();
        final List<Long> failedAt = new ArrayList<>();

        void add(boolean ok, long start, long end) {
            if (ok) {
                latencies.add(end - start);
                succeededAt.add(end);
            } else {
                failedAt.add(end);
            }
        }
    }
}
