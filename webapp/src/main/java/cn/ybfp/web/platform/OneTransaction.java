package cn.ybfp.web.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/** A transaction around many service calls of the living demo. */
@ApplicationScoped
public class OneTransaction {

    @Resource
    TransactionSynchronizationRegistry registry;

    /**
     * Runs the calls in one transaction. A refusal that a caller caught still marks the transaction for rollback, and
     * the interceptor then rolls back without a word: that would leave the demo half built, so it fails here.
     */
    @Transactional
    public void run(Runnable calls) {
        calls.run();
        if (registry.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK) {
            throw new IllegalStateException("a demo step was refused inside a transaction that went on");
        }
    }
}
