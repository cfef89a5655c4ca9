package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.register.api.ExchangeListRow;
import cn.ybfp.register.api.ExchangeOutcome;
import cn.ybfp.register.domain.ExchangeLists;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * The exchange lists in SQL beside the register ({@link ExchangeStore}, {@link ExchangeRows}), read by the streaming
 * {@link ExchangeFileReader}. The connection is the transaction's: the data source takes part in the JTA transaction
 * of the service that calls.
 */
@ApplicationScoped
public class JdbcExchangeLists implements ExchangeLists {

    private static final int PROGRESS_EVERY = 5_000;

    @Resource(lookup = "java:app/jdbc/ybfp")
    DataSource dataSource;

    @Override
    public void checkFormat(String fileName) {
        ExchangeFileReader.formatOf(fileName);
    }

    @Override
    public long stageAndCompare(
            long batchId,
            String fileName,
            InputStream content,
            Set<String> townships,
            Jurisdiction scope,
            LongConsumer progress)
            throws IOException {
        var check = new RowCheck(townships, code -> scope.contains(DivisionCode.of(code)));
        try (Connection connection = dataSource.getConnection()) {
            var store = new ExchangeStore(connection);
            long rows;
            try (var stager = store.stager(batchId)) {
                rows = ExchangeFileReader.read(fileName, content, row -> {
                    try {
                        stager.add(check.check(row));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    if (row.rowNumber() % PROGRESS_EVERY == 0) {
                        progress.accept(row.rowNumber());
                    }
                });
            }
            store.compare(batchId, scope.likePattern());
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void apply(long batchId, Jurisdiction scope, String department, String appliedBy, long atEpochMillis) {
        try (Connection connection = dataSource.getConnection()) {
            var store = new ExchangeStore(connection);
            int revision = store.newRevision(appliedBy, atEpochMillis);
            store.apply(batchId, scope.likePattern(), department, revision, ExchangeStore.ApplyStep.NONE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<ExchangeOutcome, Long> counts(long batchId) {
        try (Connection connection = dataSource.getConnection()) {
            return new ExchangeStore(connection).counts(batchId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<ExchangeListRow> page(long batchId, String outcome, int offset, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            return ExchangeRows.page(connection, batchId, outcome, offset, limit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void purge(long batchId, boolean keepRejected) {
        try (Connection connection = dataSource.getConnection();
                var delete = connection.prepareStatement("delete from exchange_row where batch_id = ?"
                        + (keepRejected ? " and outcome <> 'REJECTED'" : ""))) {
            delete.setLong(1, batchId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void rejected(long batchId, Consumer<ExchangeListRow> row) {
        try (Connection connection = dataSource.getConnection()) {
            ExchangeRows.rejected(connection, batchId, row);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
