package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.kernel.ResidentId;

/**
 * One data row of an exchange list, as text: the comparison interprets it and rejects it with a reason when it cannot,
 * so nothing is parsed (or lost) here. Values are trimmed (also of full-width and non-breaking spaces, which pasted
 * text often carries) and an empty value is {@code null}.
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
 * @param recognisedDate 认定日期, see {@link ExchangeDates}
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
        idNumber = clean(idNumber);
        name = clean(name);
        category = clean(category);
        division = clean(division);
        recognisedDate = clean(recognisedDate);
        endDate = clean(endDate);
        documentNumber = clean(documentNumber);
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

    /** Trims every kind of blank (ASCII, full-width U+3000, no-break U+00A0, BOM, zero-width); empty → {@code null}. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (start < end && isBlank(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : value.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
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
