package cn.ybfp.register.application;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.register.domain.ExchangeBatch;
import cn.ybfp.register.domain.ExchangeBatches;
import cn.ybfp.register.infrastructure.exchange.ExchangeFileReader;
import cn.ybfp.register.infrastructure.exchange.ExchangeStore;
import cn.ybfp.register.infrastructure.exchange.RowCheck;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The background work on an uploaded list, each step in a transaction of its own. */
@ApplicationScoped
public class ExchangeSteps {

    static final String DATA_SOURCE = "java:app/jdbc/ybfp";
    private static final int PROGRESS_EVERY = 5_000;

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Inject
    ExchangeBatches batches;

    @Inject
    DivisionDirectory divisions;

    @Inject
    ExchangeProgress progress;

    /** Reads, checks and stages every row, then compares them with the register; one transaction. */
    @Transactional
    public void stageAndCompare(long batchId, String fileName, Path file) throws IOException {
        var scope = new Jurisdiction(batches.get(batchId).scope());
        var check = new RowCheck(divisions.townshipCodes(), code -> scope.contains(cn.ybfp.kernel.DivisionCode.of(code)));
        try (Connection connection = dataSource.getConnection(); InputStream in = Files.newInputStream(file)) {
            var store = new ExchangeStore(connection);
            long rows;
            try (var stager = store.stager(batchId)) {
                rows = ExchangeFileReader.read(fileName, in, row -> {
                    try {
                        stager.add(check.check(row));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    if (row.rowNumber() % PROGRESS_EVERY == 0) {
                        progress.report(batchId, row.rowNumber());
                    }
                });
            }
            store.compare(batchId, scope.likePattern());
            ExchangeBatch batch = batches.get(batchId);
            batch.compared(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks the batch failed with the reason, whatever happened to the staging transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long batchId, String reason) {
        batches.get(batchId).failed(reason);
    }

}
