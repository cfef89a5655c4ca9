package cn.ybfp.kernel.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One table written as an Excel workbook (.xlsx): a bold, frozen header row with a filter, then the rows. It streams
 * ({@link SXSSFWorkbook}): only the last {@value #WINDOW} rows are in memory, the others go to a compressed temporary
 * file, so a list of a million rows takes little memory. The temporary files are deleted by {@link #write} and by
 * {@link #close}; use try-with-resources so that an export that fails half-way deletes them too.
 *
 * <p>Cell values, by type: {@code null} leaves the cell empty; a {@link CharSequence} is text (stored as text even when
 * it looks like a number or a formula, so an identity number keeps all 18 characters and "=…" is never evaluated);
 * a {@link LocalDate} is a date cell shown {@code yyyy-MM-dd}; a {@link LocalDateTime} one shown
 * {@code yyyy-MM-dd HH:mm}; a {@link BigDecimal} a number shown {@code 0.00} (amounts in yuan); an {@link Integer} or
 * {@link Long} a whole number (a long of more than 15 digits, which Excel cannot hold exactly, is written as text).
 * Other types are refused: a {@code double} would bring floating-point noise into amounts, and an object's
 * {@code toString()} is no fit label.
 *
 * <p>Column widths follow the longest value (a Chinese character counts double), between the header's width and
 * {@value #MAX_WIDTH} characters; they are computed while rows are added, since the streamed rows cannot be measured
 * afterwards. A sheet holds at most Excel's 1,048,576 rows; further rows continue on a new sheet, "名单 (2)", under
 * the same header.
 */
public final class XlsxTable implements AutoCloseable {

    /** Rows kept in memory before they are flushed to the temporary file. */
    static final int WINDOW = 100;
    /** The widest column, in characters. */
    static final int MAX_WIDTH = 60;
    /** Excel's longest text in a cell. */
    static final int MAX_TEXT = 32_767;

    private static final long MAX_EXACT_LONG = 999_999_999_999_999L; // 15 digits

    private final SXSSFWorkbook workbook;
    private final String sheetName;
    private final List<String> headers;
    private final int rowsPerSheet;
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle decimalStyle;
    private final CellStyle integerStyle;
    private final int[] widths;
    private final List<SXSSFSheet> sheets = new ArrayList<>();
    private SXSSFSheet sheet;
    private int nextRow;
    private long rowCount;
    private boolean written;
    private boolean closed;

    /**
     * @param sheetName the sheet's name (characters Excel refuses are replaced, and it is cut to 31 characters)
     * @param headers   the column headers, in order
     */
    public XlsxTable(String sheetName, List<String> headers) {
        this(sheetName, headers, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    public XlsxTable(String sheetName, String... headers) {
        this(sheetName, Arrays.asList(headers));
    }

    /** With a smaller sheet, to test the continuation onto a new sheet without a million rows. */
    XlsxTable(String sheetName, List<String> headers, int rowsPerSheet) {
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        if (rowsPerSheet < 2) {
            throw new IllegalArgumentException("a sheet holds the header and at least one row");
        }
        this.sheetName =
                WorkbookUtil.createSafeSheetName(sheetName == null || sheetName.isBlank() ? "Sheet1" : sheetName);
        this.headers = List.copyOf(headers.stream().map(h -> h == null ? "" : h).toList());
        this.rowsPerSheet = rowsPerSheet;
        this.workbook = new SXSSFWorkbook(null, WINDOW, true, false);
        try {
            DataFormat format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setDataFormat(format.getFormat("@"));
            textStyle = style(format, "@");
            dateStyle = style(format, "yyyy-mm-dd");
            dateTimeStyle = style(format, "yyyy-mm-dd hh:mm");
            decimalStyle = style(format, "0.00");
            integerStyle = style(format, "0");
            widths = new int[this.headers.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(displayWidth(this.headers.get(i)), 4);
            }
            newSheet();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private CellStyle style(DataFormat format, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format.getFormat(pattern));
        return style;
    }

    private void newSheet() {
        String name = sheets.isEmpty() ? sheetName : numbered(sheetName, sheets.size() + 1);
        sheet = workbook.createSheet(name);
        sheets.add(sheet);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        nextRow = 1;
    }

    private static String numbered(String name, int number) {
        String suffix = " (" + number + ")";
        return name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
    }

    /** Adds one row; fewer cells than headers leave the rest empty. */
    public XlsxTable addRow(Object... cells) {
        return addRow(Arrays.asList(cells));
    }

    /** Adds one row; fewer cells than headers leave the rest empty. */
    public XlsxTable addRow(List<?> cells) {
        if (written || closed) {
            throw new IllegalStateException("the table has already been written or closed");
        }
        if (cells.size() > headers.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells for " + headers.size() + " columns");
        }
        if (nextRow >= rowsPerSheet) {
            newSheet();
        }
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value != null) {
                widths[i] = Math.max(widths[i], set(row.createCell(i), value));
            }
        }
        rowCount++;
        return this;
    }

    /** Sets the cell; returns the width of what it shows, in characters. */
    private int set(Cell cell, Object value) {
        if (value instanceof CharSequence text) {
            String string = text.length() > MAX_TEXT ? text.subSequence(0, MAX_TEXT - 1) + "…" : text.toString();
            cell.setCellValue(string);
            cell.setCellStyle(textStyle);
            return displayWidth(string);
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
            return 10;
        }
        if (value instanceof LocalDateTime dateTime) {
            cell.setCellValue(dateTime);
            cell.setCellStyle(dateTimeStyle);
            return 16;
        }
        if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
            cell.setCellStyle(decimalStyle);
            return decimal.setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString()
                    .length();
        }
        if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            if (Math.abs(number) > MAX_EXACT_LONG) {
                return set(cell, Long.toString(number));
            }
            cell.setCellValue(number);
            cell.setCellStyle(integerStyle);
            return Long.toString(number).length();
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
                + " to Excel: use String, LocalDate, LocalDateTime, BigDecimal, Integer or Long");
    }

    /** Characters of width, counting CJK and other wide characters as two; of the longest line. */
    static int displayWidth(String text) {
        int longest = 0;
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                longest = Math.max(longest, width);
                width = 0;
            } else {
                width += codePoint >= 0x1100 ? 2 : 1;
            }
        }
        return Math.max(longest, width);
    }

    /** The data rows added so far, over all sheets. */
    public long rowCount() {
        return rowCount;
    }

    /**
     * Writes the workbook to {@code out} (which stays open) and deletes the temporary files; a table is written once.
     */
    public void write(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (written || closed) {
            throw new IllegalStateException("the table has already been written or closed");
        }
        written = true;
        try {
            for (SXSSFSheet each : sheets) {
                for (int i = 0; i < widths.length; i++) {
                    each.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256);
                }
                each.setAutoFilter(new CellRangeAddress(0, Math.max(each.getLastRowNum(), 0), 0, widths.length - 1));
            }
            workbook.write(out);
        } finally {
            close();
        }
    }

    /** Deletes the temporary files; does nothing the second time. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }
}
