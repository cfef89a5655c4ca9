package cn.ybfp.kernel.tables;

import java.util.ArrayList;
import java.util.List;

/**
 * One data row of an uploaded table, as text: the module interprets it and rejects it with a reason when it cannot,
 * so nothing is parsed (or lost) here. Values are trimmed (also of full-width and non-breaking spaces, which pasted
 * text often carries) and an empty value is {@code null}.
 *
 * <p>{@link #rowNumber()} is the row number the clerk sees when the file is opened in Excel, counting the header row
 * and any title rows above it: the first data row under a header in row 1 is row 2. For a CSV file it is the record
 * number (a record whose quoted value spans several lines is still one row, as Excel shows it).
 *
 * <p>A row holds only the cells of the reader's columns; {@link #toString()} shows none of them, since the lists are
 * of people (ID numbers, names, diagnoses) and a value must never reach a log line by accident.
 */
public final class TableRow {

    private final int rowNumber;
    private final TableColumns<?> columns;
    private final String[] values; // by the column's index in columns; already cleaned

    TableRow(int rowNumber, TableColumns<?> columns, String[] values) {
        this.rowNumber = rowNumber;
        this.columns = columns;
        this.values = values;
    }

    /** The 1-based row of the file, header and title rows included. */
    public int rowNumber() {
        return rowNumber;
    }

    /**
     * The cell of {@code column}, trimmed; {@code null} when it is empty or the file has no such (optional) column.
     *
     * @throws IllegalArgumentException when {@code column} is not one of the columns the table was read with
     */
    public String cell(TableColumn column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(column.name() + " is not a column of this table");
        }
        return values[i];
    }

    /** True when none of the cells is present: such a row is skipped by the reader. */
    boolean isBlank() {
        for (String value : values) {
            if (value != null) {
                return false;
            }
        }
        return true;
    }

    /** Trims every kind of blank (ASCII, full-width U+3000, no-break U+00A0, BOM, zero-width); empty → {@code null}. */
    public static String clean(String value) {
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

    /** The row number and which columns have a value, never the values themselves. */
    @Override
    public String toString() {
        List<String> filled = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                filled.add(columns.all().get(i).name());
            }
        }
        return "TableRow[rowNumber=" + rowNumber + ", filled=" + filled + "]";
    }
}
