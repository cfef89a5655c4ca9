package cn.ybfp.kernel.tables;

import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the rows of a file, whatever its format, into {@link TableRow}s: finds the header, skips blank rows, enforces
 * the row limit, and hands each data row on at once, so that nothing is held.
 *
 * <p>The header is the first row in which at least two cells are known column names (one, for a table of a single
 * column), looked for among the first {@value #HEADER_SEARCH_ROWS} non-blank rows: department lists often start with
 * a title row ("2024年低保对象名单") or a date line above the header. When no such row is found, the first non-blank
 * row is taken as the header, so the clerk is told which columns are missing.
 */
final class RowFeed {

    static final int HEADER_SEARCH_ROWS = 10;

    private final TableColumns<?> columns;
    private final Consumer<? super TableRow> sink;
    private final long maxRows;
    private final int headerMinimum;
    private ColumnLayout layout;
    private List<String> firstNonBlank;
    private int nonBlankBeforeHeader;
    private long delivered;

    RowFeed(TableColumns<?> columns, Consumer<? super TableRow> sink, long maxRows) {
        this.columns = columns;
        this.sink = sink;
        this.maxRows = maxRows;
        this.headerMinimum = Math.min(2, columns.all().size());
    }

    /** One row of the file; {@code cells} may be reused by the caller after this returns. */
    void accept(int rowNumber, List<String> cells) {
        if (layout != null) {
            TableRow row = layout.row(rowNumber, cells);
            if (!row.isBlank()) {
                if (++delivered > maxRows) {
                    throw TableFileException.of("file.tooManyRows", String.format("%,d", maxRows));
                }
                sink.accept(row);
            }
            return;
        }
        if (isBlank(cells)) {
            return;
        }
        if (ColumnLayout.recognised(columns, cells) >= headerMinimum) {
            layout = ColumnLayout.of(columns, cells);
            return;
        }
        if (firstNonBlank == null) {
            firstNonBlank =
                    List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
        }
        if (++nonBlankBeforeHeader >= HEADER_SEARCH_ROWS) {
            throw ColumnLayout.noHeader(columns, firstNonBlank); // it names the missing columns
        }
    }

    /**
     * @return the number of data rows handed on
     * @throws TableFileException when the file had no header at all
     */
    long finish() {
        if (layout == null) {
            if (firstNonBlank == null) {
                throw TableFileException.of("file.empty");
            }
            throw ColumnLayout.noHeader(columns, firstNonBlank);
        }
        return delivered;
    }

    private static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (TableRow.clean(cell) != null) {
                return false;
            }
        }
        return true;
    }
}
