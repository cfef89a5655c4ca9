package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.kernel.tables.TableFileException;
import cn.ybfp.kernel.tables.TableReader;
import cn.ybfp.register.domain.ExchangeFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads an uploaded exchange list, an Excel workbook (.xlsx) or a CSV file, and hands each data row to a consumer as
 * soon as it is read: the kernel's {@link TableReader} with the exchange's columns ({@link ExchangeColumn}), each row
 * as an {@link ExchangeRow}. Lists run up to a million rows, so rows are never collected here, and memory stays the
 * same whatever the length.
 *
 * <p>The format is told by the file name's extension (.xlsx or .csv); a CSV file may be UTF-8, with or without
 * byte-order mark, or GBK; the header row is found by its Chinese (or English) column names in any order, below any
 * title rows; blank rows are skipped, and {@link ExchangeRow#rowNumber()} is the row number Excel shows, header
 * included. See {@link TableReader}.
 *
 * <p>Problems with the file as a whole are {@link ExchangeFileException}s with a Chinese message for the clerk; the
 * rows before the problem have been handed on by then, so a caller that must be all-or-nothing collects into a
 * staging area first. A failing read of the upload itself is an {@link IOException}.
 */
public final class ExchangeFileReader {

    /** The largest list the exchange accepts (the 1,000,000 rows). */
    public static final long MAX_ROWS = 1_000_000;

    private static final TableReader READER =
            TableReader.of(ExchangeColumn.COLUMNS).withMaxRows(MAX_ROWS);

    private ExchangeFileReader() {}

    /**
     * Reads at most {@link #MAX_ROWS} data rows.
     *
     * @param fileName the name as uploaded (a path is allowed; only the extension is used)
     * @param in       the file's bytes; not closed here
     * @param sink     receives each data row, in file order; an exception it throws stops the reading unchanged
     * @return the number of rows handed to {@code sink}
     * @throws ExchangeFileException when the file cannot be read as an exchange list
     * @throws IOException           when reading {@code in} fails
     */
    public static long read(String fileName, InputStream in, Consumer<ExchangeRow> sink) throws IOException {
        return read(fileName, in, MAX_ROWS, sink);
    }

    /** As {@link #read(String, InputStream, Consumer)}, with another row limit. */
    public static long read(String fileName, InputStream in, long maxRows, Consumer<ExchangeRow> sink)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        TableReader reader = maxRows == MAX_ROWS ? READER : READER.withMaxRows(maxRows);
        try {
            return reader.read(fileName, in, row -> sink.accept(ExchangeRow.of(row)));
        } catch (TableFileException e) {
            throw exchange(e);
        }
    }

    /**
     * Checks that the file name is of a format the exchange reads: .xlsx or .csv, in any case.
     *
     * @throws ExchangeFileException "只支持 Excel（.xlsx）或 CSV 文件" (with a hint for the old .xls)
     */
    public static TableReader.Format formatOf(String fileName) {
        try {
            return TableReader.formatOf(fileName);
        } catch (TableFileException e) {
            throw exchange(e);
        }
    }

    private static ExchangeFileException exchange(TableFileException e) {
        return e instanceof ExchangeFileException own ? own : new ExchangeFileException(e);
    }
}
