package cn.ybfp.contracts.infrastructure;

import cn.ybfp.contracts.domain.ContractsException;
import cn.ybfp.contracts.domain.RecordFileReader;
import cn.ybfp.contracts.domain.RecordLine;
import cn.ybfp.kernel.tables.TableFileException;
import cn.ybfp.kernel.tables.TableReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Reads a service-record file with the kernel's table reader: .xlsx or CSV (UTF-8 or GBK), columns by name. */
@ApplicationScoped
public class TableRecordFileReader implements RecordFileReader {

    private static final TableReader READER = TableReader.of(RecordColumn.class);

    @Override
    public long read(String fileName, InputStream in, Consumer<RecordLine> rows) throws IOException {
        try {
            return READER.read(
                    fileName,
                    in,
                    row -> rows.accept(new RecordLine(
                            row.rowNumber(),
                            row.cell(RecordColumn.ID_NUMBER),
                            row.cell(RecordColumn.NAME),
                            row.cell(RecordColumn.TYPE),
                            row.cell(RecordColumn.DAY),
                            row.cell(RecordColumn.LICENCE),
                            row.cell(RecordColumn.NOTE))));
        } catch (TableFileException e) {
            throw new ContractsException("file", e.refusal());
        }
    }
}
