package cn.ybfp.web.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Closed-loop load: each client is a thread that runs its piece of work back to back until the time is up. The work
 * answers whether it succeeded; only successes are timed.
 */
final class LoadLoop {

    private LoadLoop() {}

    /** The latencies of the successful runs, in nanoseconds, and how many runs failed. */
    record Result(long[] latencies, long errors) {}

    /** @param work for each client index, the work of one run */
    static Result run(int clients, int seconds, IntFunction<Callable<Boolean>> work) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        var errors = new AtomicLong();
        List<List<Long>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Long> latencies = new ArrayList<>();
            perClient.add(latencies);
            Callable<Boolean> once = work.apply(c);
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        if (once.call()) {
                            latencies.add(System.nanoTime() - t0);
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(
                perClient.stream()
                        .flatMap(List::stream)
                        .mapToLong(Long::longValue)
                        .sorted()
                        .toArray(),
                errors.get());
    }
}
