package cn.ybfp.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.web.bench.ClerksLoadBenchmark;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted while ten clerks work: requests fail while it is down, and the portal serves again on its own
 * (its pool drops the dead connections and opens new ones), without a restart of its own.
 */
class PostgresRestartIT {

    private static final String RESTART = System.getProperty("faults.pg.restart", "");
    private static final String PASSWORD = System.getProperty("demo.password", "demo-2026-ybfp");
    /** From PostgreSQL's return, the time the portal may take to serve every request again. */
    private static final long RECOVERY_SECONDS = 20;

    @BeforeAll
    static void portal() throws Exception {
        FaultPortal.ensureRunning();
    }

    @Test
    void thePortalServesAgainWithoutARestartWhenPostgresRestartsUnderLoad() throws Exception {
        assertThat(RESTART)
                .as("faults.pg.restart, the command that restarts PostgreSQL")
                .isNotBlank();
        long portal = FaultPortal.pid();
        Object started = FaultDatabase.value("select pg_postmaster_start_time()");
        URI url = URI.create(FaultPortal.URL);
        var logins = ClerksLoadBenchmark.login(url, PASSWORD, 10); // before the fault: Keycloak is not under test
        var load = CompletableFuture.supplyAsync(() -> {
            try {
                return ClerksLoadBenchmark.work(url, logins, 50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(10_000); // rounds on a healthy database first
        // not inheritIO: the test JVM's stdin and stdout are Maven's channel to it, and PostgreSQL would keep them
        Process restart = new ProcessBuilder("bash", "-c", RESTART + " < /dev/null")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Path.of("target", "faults-pg-restart.log").toFile()))
                .start();
        assertThat(restart.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(restart.exitValue()).as(RESTART).isZero();
        long back = System.nanoTime();
        var outcome = load.get(180, TimeUnit.SECONDS);
        long settled = back + TimeUnit.SECONDS.toNanos(RECOVERY_SECONDS);
        System.out.printf(
                "PostgreSQL restarted under load: %d rounds failed in all, the last %.1f s after its return;"
                        + " %d failed after the first %d s, %d succeeded then; %s%n",
                outcome.rounds().errors(),
                lastFailure(outcome.rounds().failedAt(), back),
                outcome.rounds().failedAfter(settled),
                RECOVERY_SECONDS,
                outcome.rounds().succeededAfter(settled),
                outcome.summary());
        assertThat(FaultDatabase.value("select pg_postmaster_start_time()"))
                .as("PostgreSQL was restarted")
                .isNotEqualTo(started);
        assertThat(outcome.rounds().errors())
                .as("rounds failed while it was down")
                .isPositive();
        assertThat(outcome.rounds().failedAfter(settled)).as(outcome.summary()).isZero();
        assertThat(outcome.rounds().succeededAfter(settled)).isPositive();
        assertThat(FaultPortal.pid()).as("the same portal process").isEqualTo(portal);
        assertThat(ProcessHandle.of(portal).map(ProcessHandle::isAlive)).contains(true);
    }

    /** Seconds from PostgreSQL's return to the last failed round (negative: all failures came before). */
    private static double lastFailure(long[] failedAt, long back) {
        return failedAt.length == 0 ? 0.0 : (failedAt[failedAt.length - 1] - back) / 1e9;
    }
}
