package cn.ybfp.monitoring.infrastructure;

import cn.ybfp.kernel.tables.TableFileException;
import cn.ybfp.kernel.tables.TableReader;
import cn.ybfp.monitoring.domain.FeedbackFileReader;
import cn.ybfp.monitoring.domain.FeedbackLine;
import cn.ybfp.monitoring.domain.MonitoringException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Reads a feedback file with the kernel's table reader: .xlsx or CSV (UTF-8 or GBK), columns by name. */
@ApplicationScoped
public class TableFeedbackFileReader implements FeedbackFileReader {

    private static final TableReader READER = TableReader.of(FeedbackColumn.class);

    @Override
    public long read(String fileName, InputStream in, Consumer<FeedbackLine> rows) throws IOException {
        try {
            return READER.read(
                    fileName,
                    in,
                    row -> rows.accept(new FeedbackLine(
                            row.rowNumber(),
                            row.cell(FeedbackColumn.WARNING),
                            row.cell(FeedbackColumn.ID_NUMBER),
                            row.cell(FeedbackColumn.NAME),
                            row.cell(FeedbackColumn.RESULT),
                            row.cell(FeedbackColumn.CATEGORY),
                            row.cell(FeedbackColumn.DOCUMENT),
                            row.cell(FeedbackColumn.FROM),
                            row.cell(FeedbackColumn.REASON))));
        } catch (TableFileException e) {
            throw new MonitoringException("file", e.refusal());
        }
    }
}
