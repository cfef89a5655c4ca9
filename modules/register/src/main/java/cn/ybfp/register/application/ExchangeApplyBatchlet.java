package cn.ybfp.register.application;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Jakarta Batch step of job {@code exchange-apply}: applying a million-row list takes about a minute, so it runs
 * in the background while the page shows that it is under way. If it fails, nothing of it stays (one transaction)
 * and the list waits for a decision again, with the reason.
 */
@Named("exchangeApplyBatchlet")
@Dependent
public class ExchangeApplyBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ExchangeApplyBatchlet.class.getName());

    @Inject
    @BatchProperty(name = "batchId")
    String batchId;

    @Inject
    ExchangeSteps steps;

    @Override
    public String process() {
        long id = Long.parseLong(batchId);
        try {
            steps.apply(id);
            return "COMPLETED";
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "applying exchange batch " + id + " failed", e);
            steps.applyFailed(id, "导入未能完成，台账没有任何变化；可以再次确认导入，或联系运维人员（批次 " + id + "）");
            return "FAILED";
        }
    }
}
