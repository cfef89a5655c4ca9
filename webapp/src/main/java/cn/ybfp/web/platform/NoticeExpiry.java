package cn.ybfp.web.platform;

import cn.ybfp.applications.application.ApplicationService;
import cn.ybfp.applications.application.CaseSettings;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Ends the public notice of every case whose notice period has passed without objection (公示期满), every hour: the
 * case becomes final and waits for payment on the county's work list. A notice that ended while the portal was down
 * ends at the next run.
 */
@Singleton
public class NoticeExpiry {

    private static final Logger LOG = Logger.getLogger(NoticeExpiry.class.getName());

    @Inject
    ApplicationService applications;

    @Inject
    CaseSettings settings;

    /** Not in a transaction itself: each case ends in its own, so one clash does not hold back the others. */
    @Schedule(hour = "*", minute = "1", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void endNotices() {
        var now = settings.now();
        long ended = applications.noticesEnded(now).stream().filter(id -> applications.endNotice(id, now)).count();
        if (ended > 0) {
            LOG.info(() -> ended + " public notices ended without objection");
        }
    }
}
