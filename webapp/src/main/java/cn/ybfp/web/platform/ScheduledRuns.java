package cn.ybfp.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Claims a scheduled job's period in the database before the job runs, so that it runs once even when several
 * portal instances fire the same timer (Payara Micro's timers are not coordinated across instances). The claim
 * commits on its own: a job that fails after it is not retried in the same period, so each job is written to catch
 * up in the next period what an earlier one missed.
 */
@ApplicationScoped
public class ScheduledRuns {

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * True when this call claimed the job's period, false when it was claimed before. Two nodes claiming at the same
     * instant both pass the check, and the second insert fails on the key: that call throws, and its node skips.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, String period) {
        return em.createNativeQuery("insert into scheduled_run (job, period, claimed_at) select ?1, ?2, ?3"
                                + " where not exists (select 1 from scheduled_run where job = ?1 and period = ?2)")
                        .setParameter(1, job)
                        .setParameter(2, period)
                        .setParameter(3, LocalDateTime.now(clock))
                        .executeUpdate()
                == 1;
    }

    /** {@link #claim} through the container (its own transaction): false also when another node won the race. */
    static boolean claimedThrough(ScheduledRuns runs, String job, String period) {
        try {
            return runs.claim(job, period);
        } catch (RuntimeException e) { // another node inserted the same period at the same instant
            return false;
        }
    }
}
