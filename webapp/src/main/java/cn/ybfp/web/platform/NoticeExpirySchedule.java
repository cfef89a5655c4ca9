package cn.ybfp.web.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;

/**
 * Runs the applications' notice expiry ({@link cn.ybfp.applications.application.NoticeExpiry}, 公示期满) every hour,
 * on the one node that claims the hour.
 */
@Singleton
public class NoticeExpirySchedule {

    private static final Logger LOG = Logger.getLogger(NoticeExpirySchedule.class.getName());
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @Inject
    cn.ybfp.applications.application.NoticeExpiry expiry;

    @Inject
    ScheduledRuns runs;

    /** Not in a transaction itself: the claim commits on its own, and each case ends in its own transaction. */
    @Schedule(hour = "*", minute = "1", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void endNotices() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!ScheduledRuns.claimedThrough(runs, "notice-expiry", now.format(HOUR))) {
            return;
        }
        int ended = expiry.endDueNotices(now);
        if (ended > 0) {
            LOG.info(() -> ended + " public notices ended without objection");
        }
    }
}
