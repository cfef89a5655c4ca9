package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.register.domain.ExchangeFileException;
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
 * Reads an uploaded exchange list, an Excel workbook (.xlsx) or a CSV file, and hands each data row to a consumer as
 * soon as it is read: lists run up to a million rows, so rows are never collected here, and memory stays the same
 * whatever the length (see {@link XlsxSheetReader} for the one exception, Excel's shared-strings table).
 *
 * <ul>
 * <li>The format is told by the file name's extension, as the browser sends it; anything but .xlsx and .csv is refused
 * before a byte is read.</li>
 * <li>A CSV file may be UTF-8, with or without byte-order mark, or GBK; see {@link CsvCharsets} for how this is
 * decided. An .xlsx file is read from its first worksheet.</li>
 * <li>The header row is found by its Chinese (or English) column names in any order; columns the exchange does not use
 * are ignored, and rows above the header (a title) are skipped; see {@link RowFeed} and {@link ExchangeColumn}.</li>
 * <li>Blank rows are skipped; {@link ExchangeRow#rowNumber()} is the row number Excel shows, header included.</li>
 * </ul>
 *
 * Problems with the file as a whole are {@link ExchangeFileException}s with a Chinese message for the clerk; the rows
 * before the problem have been handed on by then, so a caller that must be all-or-nothing collects into a staging
 * area first. A failing read of the upload itself is an {@link IOException}.
 */
public final class ExchangeFileReader {

    /** The largest list the exchange accepts (the 1,000,000 rows). */
    public static final long MAX_ROWS = 1_000_000;

    /** The formats, told by extension. */
    public enum Format {
        XLSX,
        CSV
    }

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
        Format format = formatOf(fileName);
        RowFeed feed = new RowFeed(sink, maxRows);
        switch (format) {
            case CSV -> readCsv(in, feed);
            case XLSX -> readXlsx(in, feed);
        }
        return feed.finish();
    }

    /**
     * The format of a file name: .xlsx or .csv, in any case.
     *
     * @throws ExchangeFileException "只支持 Excel（.xlsx）或 CSV 文件" (with a hint for the old .xls)
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
            throw new ExchangeFileException("file.oldExcel");
        }
        throw new ExchangeFileException("file.unsupported");
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
            throw ExchangeFileException.because(
                    e, "file.badCharacters", String.valueOf(Math.max(1, records.recordNumber())));
        }
    }

    /**
     * The workbook is copied to a temporary file first: a zip package can only be read part by part from a file,
     * while reading it from the stream would unpack all of it into memory. The copy is always deleted.
     */
    private static void readXlsx(InputStream in, RowFeed feed) throws IOException {
        Path copy = Files.createTempFile("ybfp-exchange-", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(copy) == 0) {
                throw new ExchangeFileException("file.empty");
            }
            XlsxSheetReader.read(copy, feed);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
