package cn.ybfp.register.application;

import cn.ybfp.register.domain.ExchangeFileException;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Jakarta Batch step of job {@code exchange-compare}: a list of a million rows takes a while, so it is read and
 * compared in the background while the page shows the progress. A bad file marks the batch failed with the reason.
 */
@Named("exchangeCompareBatchlet")
@Dependent
public class ExchangeCompareBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ExchangeCompareBatchlet.class.getName());

    @Inject
    @BatchProperty(name = "batchId")
    String batchId;

    @Inject
    @BatchProperty(name = "file")
    String file;

    @Inject
    @BatchProperty(name = "fileName")
    String fileName;

    @Inject
    ExchangeSteps steps;

    @Override
    public String process() throws IOException {
        long id = Long.parseLong(batchId);
        Path path = Path.of(file);
        try {
            steps.stageAndCompare(id, fileName, path);
            return "COMPLETED";
        } catch (ExchangeFileException e) {
            steps.fail(id, e.getMessage());
            return "FAILED";
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.SEVERE, "exchange batch " + id + " failed", e);
            steps.fail(id, "比对未能完成，请联系运维人员（批次 " + id + "）");
            return "FAILED";
        } finally {
            Files.deleteIfExists(path);
        }
    }
}
