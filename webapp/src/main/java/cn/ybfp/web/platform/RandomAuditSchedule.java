package cn.ybfp.web.platform;

import cn.ybfp.booklets.application.RandomAuditService;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

/**
 * Draws the monthly random audit of booklets ({@link RandomAuditService}, 随机抽审) early each day; from the
 * month's first working day on, the service draws the previous month where not drawn yet. One node claims the day; and each county's month is drawn once whatever
 * happens, by its unique key.
 */
@Singleton
public class RandomAuditSchedule {

    private static final Logger LOG = Logger.getLogger(RandomAuditSchedule.class.getName());

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @Inject
    RandomAuditService audits;

    @Inject
    ScheduledRuns runs;

    @Schedule(hour = "1", minute = "5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void draw() {
        if (!ScheduledRuns.claimedThrough(
                runs, "booklet-draw", LocalDate.now(clock).toString())) {
            return;
        }
        int made = audits.drawDue();
        if (made > 0) {
            LOG.info(() -> made + " county draws of the monthly random audit made");
        }
    }
}
