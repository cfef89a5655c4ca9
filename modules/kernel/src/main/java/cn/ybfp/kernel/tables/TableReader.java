package cn.ybfp.kernel.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads an uploaded table, an Excel workbook (.xlsx) or a CSV file, with the columns a module defines
 * ({@link TableColumn}), and hands each data row to a consumer as soon as it is read: lists run up to a million rows,
 * so rows are never collected here, and memory stays the same whatever the length (see {@link XlsxSheetReader} for the
 * one exception, Excel's shared-strings table).
 *
 * <ul>
 * <li>The format is told by the file name's extension, as the browser sends it; anything but .xlsx and .csv is refused
 * before a byte is read.</li>
 * <li>A CSV file may be UTF-8, with or without byte-order mark, or GBK; see {@link CsvCharsets} for how this is
 * decided. An .xlsx file is read from its first worksheet.</li>
 * <li>The header row is found by its Chinese (or English) column names in any order; columns the module does not use
 * are ignored, and rows above the header (a title) are skipped; see {@link RowFeed} and {@link TableColumns}.</li>
 * <li>Blank rows are skipped; {@link TableRow#rowNumber()} is the row number Excel shows, header included.</li>
 * </ul>
 *
 * Problems with the file as a whole are {@link TableFileException}s with a Chinese message for the clerk; the rows
 * before the problem have been handed on by then, so a caller that must be all-or-nothing collects into a staging
 * area first. A failing read of the upload itself is an {@link IOException}. A reader is immutable and may be shared.
 *
 * <pre>{@code
 * enum PatientColumn implements TableColumn { ID_NUMBER("身份证号", true, "身份证号码", "idNumber"), ... }
 *
 * long rows = TableReader.of(PatientColumn.class).read(fileName, in, row -> {
 *     String id = row.cell(PatientColumn.ID_NUMBER); // trimmed, null when empty
 *     ...
 * });
 * }</pre>
 */
public final class TableReader {

    /** The most data rows a reader accepts unless told otherwise ({@link #withMaxRows}). */
    public static final long DEFAULT_MAX_ROWS = 1_000_000;

    /** The start of the names of the workbooks' temporary copies. */
    static final String TEMPORARY_PREFIX = "ybfp-table-";

    /** The formats, told by extension. */
    public enum Format {
        XLSX,
        CSV
    }

    private final TableColumns<?> columns;
    private final long maxRows;

    private TableReader(TableColumns<?> columns, long maxRows) {
        this.columns = Objects.requireNonNull(columns, "columns");
        this.maxRows = maxRows;
    }

    /** A reader of the columns that are the constants of {@code columns}, at most {@value #DEFAULT_MAX_ROWS} rows. */
    public static <E extends Enum<E> & TableColumn> TableReader of(Class<E> columns) {
        return of(TableColumns.of(columns));
    }

    /** A reader of these columns, at most {@value #DEFAULT_MAX_ROWS} rows. */
    public static TableReader of(TableColumns<?> columns) {
        return new TableReader(columns, DEFAULT_MAX_ROWS);
    }

    /** The same reader with another row limit: a file with more data rows is refused ("文件超过 … 行数据"). */
    public TableReader withMaxRows(long maxRows) {
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows " + maxRows);
        }
        return new TableReader(columns, maxRows);
    }

    public TableColumns<?> columns() {
        return columns;
    }

    public long maxRows() {
        return maxRows;
    }

    /**
     * Reads the table.
     *
     * @param fileName the name as uploaded (a path is allowed; only the extension is used)
     * @param in       the file's bytes; not closed here
     * @param sink     receives each data row, in file order; an exception it throws stops the reading unchanged
     * @return the number of rows handed to {@code sink}
     * @throws TableFileException when the file cannot be read as a table of these columns
     * @throws IOException        when reading {@code in} fails
     */
    public long read(String fileName, InputStream in, Consumer<? super TableRow> sink) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        Format format = formatOf(fileName);
        RowFeed feed = new RowFeed(columns, sink, maxRows);
        switch (format) {
            case CSV -> readCsv(in, feed);
            case XLSX -> readXlsx(in, feed);
        }
        return feed.finish();
    }

    /**
     * The format of a file name: .xlsx or .csv, in any case.
     *
     * @throws TableFileException "只支持 Excel（.xlsx）或 CSV 文件" (with a hint for the old .xls)
     */
    public static Format formatOf(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1); // old browsers send paths
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        if (lower.endsWith(".xls") || lower.endsWith(".et")) {
            throw TableFileException.of("file.oldExcel");
        }
        throw TableFileException.of("file.unsupported");
    }

    private static void readCsv(InputStream in, RowFeed feed) throws IOException {
        Reader text = CsvCharsets.open(in);
        CsvRecordReader records = new CsvRecordReader(text);
        try {
            List<String> fields;
            while ((fields = records.next()) != null) {
                feed.accept(records.recordNumber(), fields);
            }
        } catch (CharacterCodingException e) {
            // the decoder reads ahead, so the record is only near the offending bytes
            throw TableFileException.because(
                    e, "file.badCharacters", String.valueOf(Math.max(1, records.recordNumber())));
        }
    }

    /**
     * The workbook is copied to a temporary file first: a zip package can only be read part by part from a file,
     * while reading it from the stream would unpack all of it into memory. The copy is always deleted.
     */
    private static void readXlsx(InputStream in, RowFeed feed) throws IOException {
        Path copy = Files.createTempFile(TEMPORARY_PREFIX, ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(copy) == 0) {
                throw TableFileException.of("file.empty");
            }
            XlsxSheetReader.read(copy, feed);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
