package cn.ybfp.web.platform;

import cn.ybfp.kernel.Beijing;
import cn.ybfp.kernel.demo.DemoPart;
import cn.ybfp.kernel.demo.DemoProvince;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Random;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The living demo province (演示省份): a year of work by the demo users, done by every module's {@link DemoPart}
 * through the application services. Built once per database, on the first start of {@code ./portal start};
 * {@code --empty} and production never build it. The claim in {@code scheduled_run} keeps a second instance from
 * building it again.
 */
@ApplicationScoped
public class LivingDemo {

    private static final Logger LOG = Logger.getLogger(LivingDemo.class.getName());
    private static final LocalTime WORKING_HOURS = LocalTime.of(10, 0);

    @Inject
    @ConfigProperty(name = "portal.demo-province", defaultValue = "false")
    boolean wanted;

    /** The same seed builds the same province (only "today" moves with the clock). */
    @Inject
    @ConfigProperty(name = "portal.demo-seed", defaultValue = "20260101")
    long seed;

    @Inject
    @Any
    Instance<DemoPart> parts;

    @Inject
    ScheduledRuns runs;

    @Inject
    Clock clock;

    @Inject
    OneTransaction oneTransaction;

    void buildIfWanted() {
        if (!wanted || !ScheduledRuns.claimedThrough(runs, "living-demo", "seed-" + seed)) {
            return;
        }
        Province province = new Province(LocalDate.now(clock));
        parts.stream().sorted(Comparator.comparingInt(DemoPart::order)).forEach(part -> {
            long t0 = System.nanoTime();
            part.build(province);
            LOG.info(() -> "demo: " + part.getClass().getSimpleName().replaceAll("\\$.*", "") + " built in "
                    + (System.nanoTime() - t0) / 1_000_000 + " ms");
        });
    }

    private final class Province implements DemoProvince {

        private final LocalDate today;

        Province(LocalDate today) {
            this.today = today;
        }

        @Override
        public LocalDate today() {
            return today;
        }

        @Override
        public Random random(String part) {
            return new Random(seed * 31 + part.hashCode());
        }

        @Override
        public <T> T on(LocalDate day, Supplier<T> step) {
            return PortalClock.asIf(
                    day.atTime(WORKING_HOURS).atZone(Beijing.ZONE).toInstant(), step);
        }

        @Override
        public void inOneTransaction(Runnable calls) {
            oneTransaction.run(calls);
        }
    }
}
