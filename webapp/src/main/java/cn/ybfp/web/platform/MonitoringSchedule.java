package cn.ybfp.web.platform;

import cn.ybfp.monitoring.application.Recomputation;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Recomputes the year's early warnings and screens each night ({@link Recomputation}): the listeners keep them
 * current claim by claim; the night adds the institutions' admission rates of the quarters begun and whatever a
 * change of the parameters makes due. One node claims the night; the unique keys make a second run add nothing.
 */
@Singleton
public class MonitoringSchedule {

    private static final Logger LOG = Logger.getLogger(MonitoringSchedule.class.getName());

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @Inject
    Recomputation recomputation;

    @Inject
    ScheduledRuns runs;

    @Schedule(hour = "2", minute = "15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void recompute() {
        LocalDate today = LocalDate.now(clock);
        if (!ScheduledRuns.claimedThrough(runs, "monitoring-recompute", today.toString())) {
            return;
        }
        var result = recomputation.run(today.getYear());
        LOG.info(() -> "monitoring recomputed " + result.year() + ": " + result.claims() + " claims, "
                + result.warningsRaised() + " new warnings, " + result.flagsAdded() + " new flags in "
                + result.took().toMillis() + " ms");
    }
}
