package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.tables.TableRow;

/**
 * One data row of an exchange list, as text (the kernel's {@link TableRow} with the exchange's columns): the
 * comparison interprets it and rejects it with a reason when it cannot, so nothing is parsed (or lost) here. Values
 * are trimmed (also of full-width and non-breaking spaces, which pasted text often carries) and an empty value is
 * {@code null}.
 *
 * <p>{@code rowNumber} is the row number the clerk sees when the file is opened in Excel, counting the header row and
 * any title rows above it: the first data row under a header in row 1 is row 2. For a CSV file it is the record
 * number (a record whose quoted value spans several lines is still one row, as Excel shows it).
 *
 * @param rowNumber      1-based row of the file, header included
 * @param idNumber       身份证号, as written (it may be invalid)
 * @param name           姓名
 * @param category       类别, see {@link CategoryNames}
 * @param division       行政区划代码
 * @param recognisedDate 认定日期, see {@link cn.ybfp.kernel.tables.TableDates}
 * @param endDate        终止日期; {@code null} also when the file has no such column
 * @param documentNumber 认定文号; {@code null} also when the file has no such column
 */
public record ExchangeRow(
        int rowNumber,
        String idNumber,
        String name,
        String category,
        String division,
        String recognisedDate,
        String endDate,
        String documentNumber) {

    public ExchangeRow {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("rowNumber starts at 1: " + rowNumber);
        }
        idNumber = TableRow.clean(idNumber);
        name = TableRow.clean(name);
        category = TableRow.clean(category);
        division = TableRow.clean(division);
        recognisedDate = TableRow.clean(recognisedDate);
        endDate = TableRow.clean(endDate);
        documentNumber = TableRow.clean(documentNumber);
    }

    /** The row as the kernel's reader read it with {@link ExchangeColumn}s. */
    static ExchangeRow of(TableRow row) {
        return new ExchangeRow(
                row.rowNumber(),
                row.cell(ExchangeColumn.ID_NUMBER),
                row.cell(ExchangeColumn.NAME),
                row.cell(ExchangeColumn.CATEGORY),
                row.cell(ExchangeColumn.DIVISION),
                row.cell(ExchangeColumn.RECOGNISED_DATE),
                row.cell(ExchangeColumn.END_DATE),
                row.cell(ExchangeColumn.DOCUMENT_NUMBER));
    }

    /** True when none of the values is present: such a row is skipped by the reader. */
    public boolean isBlank() {
        return idNumber == null
                && name == null
                && category == null
                && division == null
                && recognisedDate == null
                && endDate == null
                && documentNumber == null;
    }

    /**
     * Masks the identity number like {@link ResidentId#toString()} and the name but for its first character: these
     * are lists of people in poverty, and a full number or name must never reach a log line by accident.
     */
    @Override
    public String toString() {
        return "ExchangeRow[rowNumber=" + rowNumber + ", idNumber="
                + (idNumber == null ? null : ResidentId.mask(idNumber))
                + ", name=" + (name == null ? null : maskName(name))
                + ", category=" + category + ", division=" + division + ", recognisedDate=" + recognisedDate
                + ", endDate=" + endDate + ", documentNumber=" + documentNumber + "]";
    }

    private static String maskName(String name) {
        // by code point: a rare name character (生僻字) may lie outside the BMP
        return name.substring(0, name.offsetByCodePoints(0, 1)) + "*".repeat(name.codePointCount(0, name.length()) - 1);
    }
}
