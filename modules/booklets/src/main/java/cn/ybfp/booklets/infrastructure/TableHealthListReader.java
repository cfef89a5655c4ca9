package cn.ybfp.booklets.infrastructure;

import static cn.ybfp.booklets.infrastructure.HealthListColumn.DIAGNOSED_ON;
import static cn.ybfp.booklets.infrastructure.HealthListColumn.DISEASE;
import static cn.ybfp.booklets.infrastructure.HealthListColumn.ID_NUMBER;
import static cn.ybfp.booklets.infrastructure.HealthListColumn.INSTITUTION;
import static cn.ybfp.booklets.infrastructure.HealthListColumn.NAME;

import cn.ybfp.booklets.domain.BookletsException;
import cn.ybfp.booklets.domain.HealthListReader;
import cn.ybfp.booklets.domain.ListLine;
import cn.ybfp.kernel.tables.TableFileException;
import cn.ybfp.kernel.tables.TableReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/** Reads a health list with the kernel's table reader: .xlsx or CSV (UTF-8 or GBK), the header found by its names. */
@ApplicationScoped
public class TableHealthListReader implements HealthListReader {

    private static final TableReader READER = TableReader.of(HealthListColumn.class);

    @Override
    public long read(String fileName, InputStream in, Consumer<ListLine> rows) throws IOException {
        try {
            return READER.read(
                    fileName,
                    in,
                    row -> rows.accept(new ListLine(
                            row.rowNumber(),
                            row.cell(ID_NUMBER),
                            row.cell(NAME),
                            row.cell(DISEASE),
                            row.cell(INSTITUTION),
                            row.cell(DIAGNOSED_ON))));
        } catch (TableFileException e) {
            throw new BookletsException("file", e.refusal());
        }
    }
}
