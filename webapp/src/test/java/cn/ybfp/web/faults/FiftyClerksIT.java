package cn.ybfp.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.web.bench.ClerksLoadBenchmark;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fifty clerks for two minutes over the main pages (home, register search, person, claims, work list), each logged
 * in through Keycloak: not one error. Prints the round's percentiles; the figure is measured, not a gate.
 */
class FiftyClerksIT {

    private static final String PASSWORD = System.getProperty("demo.password", "demo-2026-ybfp");

    @BeforeAll
    static void portal() throws Exception {
        FaultPortal.ensureRunning();
    }

    @Test
    void fiftyClerksWorkTwoMinutesWithoutAnError() throws Exception {
        var outcome = ClerksLoadBenchmark.run(URI.create(FaultPortal.URL), PASSWORD, 50, 120);
        System.out.println("50 clerks for 120 s: " + outcome.summary());
        assertThat(outcome.rounds().latencies()).isNotEmpty();
        assertThat(outcome.rounds().errors()).as(outcome.summary()).isZero();
    }
}
