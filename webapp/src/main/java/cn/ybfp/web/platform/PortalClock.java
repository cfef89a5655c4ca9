package cn.ybfp.web.platform;

import cn.ybfp.kernel.Beijing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The clock the modules inject: Beijing time, whatever zone the server runs in. The living demo alone replays past
 * days on its own thread ({@link #asIf}); every other thread always reads the real time.
 */
@ApplicationScoped
public class PortalClock {

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    @Produces
    Clock beijing() {
        return new ReplayableClock(Beijing.clock());
    }

    /** Runs the step with this thread's injected clocks at {@code instant}. */
    static <T> T asIf(Instant instant, Supplier<T> step) {
        Instant before = REPLAYED.get();
        REPLAYED.set(instant);
        try {
            return step.get();
        } finally {
            if (before == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(before);
            }
        }
    }

    /** The system clock, unless this thread replays a day. */
    private static final class ReplayableClock extends Clock {

        private final Clock system;

        ReplayableClock(Clock system) {
            this.system = system;
        }

        @Override
        public ZoneId getZone() {
            return system.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new ReplayableClock(system.withZone(zone));
        }

        @Override
        public Instant instant() {
            Instant replayed = REPLAYED.get();
            return replayed != null ? replayed : system.instant();
        }
    }
}
