package cn.ybfp.register.application;

import cn.ybfp.register.domain.ExchangeBatches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Publishes how far the reading got, committed at once so the page can show it while the work goes on. */
@ApplicationScoped
public class ExchangeProgress {

    @Inject
    ExchangeBatches batches;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void report(long batchId, long rows) {
        batches.progress(batchId, rows);
    }
}
