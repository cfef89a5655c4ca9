package cn.ybfp.applications.application;

import cn.ybfp.applications.domain.Applications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/**
 * 公示期满 (吉政办发〔2022〕16号 五（八）): ends the public notice of every case whose period has passed without
 * objection, so that the case waits for payment on the county's work list. The portal's scheduler runs it once an
 * hour on one node; a notice that ended while the portal was down ends at the next run, and a case page shows the
 * case final from the day after its notice even before that.
 */
@ApplicationScoped
public class NoticeExpiry {

    @Inject
    Applications applications;

    @Inject
    ApplicationService cases;

    /**
     * Not in a transaction itself: each case ends in its own, so one clash with a clerk's step does not hold back
     * the others. Answers how many notices it ended.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int endDueNotices(LocalDateTime now) {
        int ended = 0;
        for (long id : applications.noticeEnded(now)) {
            if (cases.endNotice(id, now)) {
                ended++;
            }
        }
        return ended;
    }
}
