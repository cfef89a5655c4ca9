package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.register.domain.ExchangeFileException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the rows of a file, whatever its format, into {@link ExchangeRow}s: finds the header, skips blank rows,
 * enforces the row limit, and hands each data row on at once, so that nothing is held.
 *
 * <p>The header is the first row in which at least two cells are known column names, looked for among the first
 * {@value #HEADER_SEARCH_ROWS} non-blank rows: department lists often start with a title row ("2024年低保对象名单")
 * or a date line above the header. When no such row is found, the first non-blank row is taken as the header, so the
 * clerk is told which columns are missing.
 */
final class RowFeed {

    static final int HEADER_SEARCH_ROWS = 10;

    private final Consumer<ExchangeRow> sink;
    private final long maxRows;
    private ColumnLayout layout;
    private List<String> firstNonBlank;
    private int nonBlankBeforeHeader;
    private long delivered;

    RowFeed(Consumer<ExchangeRow> sink, long maxRows) {
        this.sink = sink;
        this.maxRows = maxRows;
    }

    /** One row of the file; {@code cells} may be reused by the caller after this returns. */
    void accept(int rowNumber, List<String> cells) {
        if (layout != null) {
            ExchangeRow row = layout.row(rowNumber, cells);
            if (!row.isBlank()) {
                if (++delivered > maxRows) {
                    throw new ExchangeFileException("file.tooManyRows", String.format("%,d", maxRows));
                }
                sink.accept(row);
            }
            return;
        }
        if (isBlank(cells)) {
            return;
        }
        if (ColumnLayout.recognised(cells) >= 2) {
            layout = ColumnLayout.of(cells);
            return;
        }
        if (firstNonBlank == null) {
            firstNonBlank =
                    List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
        }
        if (++nonBlankBeforeHeader >= HEADER_SEARCH_ROWS) {
            layout = ColumnLayout.of(firstNonBlank); // throws: it names the missing columns
        }
    }

    /**
     * @return the number of data rows handed on
     * @throws ExchangeFileException when the file had no header at all
     */
    long finish() {
        if (layout == null) {
            if (firstNonBlank == null) {
                throw new ExchangeFileException("file.empty");
            }
            layout = ColumnLayout.of(firstNonBlank); // throws: at most one known name, so required ones are missing
        }
        return delivered;
    }

    private static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (ExchangeRow.clean(cell) != null) {
                return false;
            }
        }
        return true;
    }
}
