package cn.ybfp.kernel.tables;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where each column sits in the file, as read from the header row; columns the module does not use are ignored. */
final class ColumnLayout {

    private final TableColumns<?> columns;
    private final int[] positions; // by the column's index in columns; -1 when the file has no such column

    private ColumnLayout(TableColumns<?> columns, int[] positions) {
        this.columns = columns;
        this.positions = positions;
    }

    /** How many cells of a row are known column names: a title row above the header has at most one. */
    static int recognised(TableColumns<?> columns, List<String> cells) {
        int count = 0;
        for (String cell : cells) {
            if (columns.ofHeader(cell).isPresent()) {
                count++;
            }
        }
        return count;
    }

    /**
     * @throws TableFileException naming every required column that is missing ("缺少列：身份证号、姓名"), or a column
     *                            given twice, which would make the row ambiguous
     */
    static ColumnLayout of(TableColumns<?> columns, List<String> header) {
        int[] positions = new int[columns.all().size()];
        Arrays.fill(positions, -1);
        for (int i = 0; i < header.size(); i++) {
            Optional<? extends TableColumn> column = columns.ofHeader(header.get(i));
            if (column.isPresent()) {
                int c = columns.indexOf(column.get());
                if (positions[c] >= 0) {
                    throw TableFileException.of(
                            "file.columnTwice",
                            column.get().label(),
                            String.valueOf(positions[c] + 1),
                            String.valueOf(i + 1));
                }
                positions[c] = i;
            }
        }
        List<TableColumn> missing = new ArrayList<>();
        for (TableColumn column : columns.all()) {
            if (column.required() && positions[columns.indexOf(column)] < 0) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw TableFileException.of("file.missingColumns", TableColumns.labels(missing));
        }
        return new ColumnLayout(columns, positions);
    }

    /**
     * Why a file without a recognisable header is refused, as if {@code firstRow} were its header: the required columns
     * it lacks, or (when every required column happens to be named there) every column it lacks.
     */
    static TableFileException noHeader(TableColumns<?> columns, List<String> firstRow) {
        ColumnLayout layout = of(columns, firstRow); // throws when a required column is missing, as it usually is
        List<TableColumn> absent = new ArrayList<>();
        for (TableColumn column : columns.all()) {
            if (layout.positions[columns.indexOf(column)] < 0) {
                absent.add(column);
            }
        }
        return TableFileException.of("file.missingColumns", TableColumns.labels(absent));
    }

    /** The row of these cells; {@code cells} may be reused by the caller afterwards. */
    TableRow row(int rowNumber, List<String> cells) {
        String[] values = new String[positions.length];
        for (int c = 0; c < positions.length; c++) {
            int position = positions[c];
            values[c] = position < 0 || position >= cells.size() ? null : TableRow.clean(cells.get(position));
        }
        return new TableRow(rowNumber, columns, values);
    }
}
