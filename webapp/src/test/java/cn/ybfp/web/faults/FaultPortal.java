package cn.ybfp.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The portal process the fault suite kills: started (and started again) by {@code ./portal _fault-portal}, the same
 * start as {@code ./portal start}'s, on the test instance's port and Keycloak and a database of its own; killed with
 * SIGKILL, as a power cut or the OOM killer would, through the pid the script wrote.
 */
final class FaultPortal {

    static final String URL = System.getProperty("portal.url", "http://127.0.0.1:8281");
    private static final String SCRIPT = System.getProperty("faults.portal.script", "../portal");
    private static final Path PID = Path.of(System.getProperty("faults.portal.pid", "../.portal/test/portal.pid"));
    private static final Path LOG = Path.of("target", "faults-portal-starts.log");

    private FaultPortal() {}

    /** Starts the portal unless it answers already; returns once it is ready. */
    static void ensureRunning() throws IOException, InterruptedException {
        if (!ready()) {
            start();
        }
    }

    /** Starts the portal (after a kill: on the database as the kill left it) and waits until it is ready. */
    static void start() throws IOException, InterruptedException {
        Files.createDirectories(LOG.getParent());
        Process start = new ProcessBuilder(SCRIPT, "_fault-portal")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(LOG.toFile()))
                .start();
        if (!start.waitFor(300, TimeUnit.SECONDS)) {
            start.destroyForcibly();
            throw new AssertionError("the portal did not start within 300 s (see " + LOG + ")");
        }
        assertThat(start.exitValue()).as("./portal _fault-portal (see %s)", LOG).isZero();
        assertThat(ready()).isTrue();
    }

    /** The running portal's process id. */
    static long pid() throws IOException {
        return Long.parseLong(Files.readString(PID).strip());
    }

    /** SIGKILL: no shutdown hook, no rollback by the portal, no goodbye to the database. */
    static void kill9() throws IOException {
        ProcessHandle portal =
                ProcessHandle.of(pid()).orElseThrow(() -> new AssertionError("the portal is not running"));
        assertThat(portal.destroyForcibly()).isTrue();
        portal.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        assertThat(portal.isAlive()).isFalse();
    }

    static boolean ready() throws InterruptedException {
        try {
            return HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(URL + "/health/ready"))
                                            .timeout(Duration.ofSeconds(10)) // not redirected: JDK-8304701 spares it
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
