package cn.ybfp.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.web.bench.ClerksLoadBenchmark;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fifty clerks for two minutes over the main pages (home, register search, person, claims, work list), each logged
 * in through Keycloak: not one error. Prints the round's percentiles; the figure is measured, not a gate. Runs first
 * (alphabetical order), on the demo data alone.
 */
class FiftyClerksIT {

    private static final String PASSWORD = System.getProperty("demo.password", "demo-2026-ybfp");

    @BeforeAll
    static void portal() throws Exception {
        FaultPortal.ensureRunning();
    }

    @Test
    void fiftyClerksWorkTwoMinutesWithoutAnError() throws Exception {
        URI url = URI.create(FaultPortal.URL);
        var clerks = ClerksLoadBenchmark.login(url, PASSWORD, 50);
        // the first 30 s let the JIT compile a portal that has just started (two to three times slower before); they
        // count for errors, not for the figure
        var warmUp = ClerksLoadBenchmark.work(url, clerks, 30);
        var outcome = ClerksLoadBenchmark.work(url, clerks, 120);
        System.out.println("50 clerks for 120 s, after 30 s of warm-up: " + outcome.summary());
        assertThat(warmUp.rounds().errors()).as(warmUp.summary()).isZero();
        assertThat(outcome.rounds().latencies()).isNotEmpty();
        assertThat(outcome.rounds().errors()).as(outcome.summary()).isZero();
    }
}
