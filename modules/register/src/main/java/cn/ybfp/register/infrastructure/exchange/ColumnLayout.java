package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.register.domain.ExchangeFileException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where each column sits in the file, as read from the header row; columns the exchange does not use are ignored. */
final class ColumnLayout {

    private final Map<ExchangeColumn, Integer> positions;

    private ColumnLayout(Map<ExchangeColumn, Integer> positions) {
        this.positions = positions;
    }

    /** How many cells of a row are known column names: a title row above the header has at most one. */
    static int recognised(List<String> cells) {
        int count = 0;
        for (String cell : cells) {
            if (ExchangeColumn.ofHeader(cell).isPresent()) {
                count++;
            }
        }
        return count;
    }

    /**
     * @throws ExchangeFileException naming every required column that is missing ("缺少列：身份证号、姓名"), or a
     *                               column given twice, which would make the row ambiguous
     */
    static ColumnLayout of(List<String> header) {
        Map<ExchangeColumn, Integer> positions = new EnumMap<>(ExchangeColumn.class);
        for (int i = 0; i < header.size(); i++) {
            Optional<ExchangeColumn> column = ExchangeColumn.ofHeader(header.get(i));
            if (column.isPresent() && positions.putIfAbsent(column.get(), i) != null) {
                throw new ExchangeFileException(
                        "file.columnTwice",
                        column.get().label(),
                        String.valueOf(positions.get(column.get()) + 1),
                        String.valueOf(i + 1));
            }
        }
        List<ExchangeColumn> missing = new ArrayList<>();
        for (ExchangeColumn column : ExchangeColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new ExchangeFileException(
                    "file.missingColumns",
                    missing.stream().map(ExchangeColumn::label).collect(Collectors.joining("、")));
        }
        return new ColumnLayout(positions);
    }

    ExchangeRow row(int rowNumber, List<String> cells) {
        return new ExchangeRow(
                rowNumber,
                cell(cells, ExchangeColumn.ID_NUMBER),
                cell(cells, ExchangeColumn.NAME),
                cell(cells, ExchangeColumn.CATEGORY),
                cell(cells, ExchangeColumn.DIVISION),
                cell(cells, ExchangeColumn.RECOGNISED_DATE),
                cell(cells, ExchangeColumn.END_DATE),
                cell(cells, ExchangeColumn.DOCUMENT_NUMBER));
    }

    private String cell(List<String> cells, ExchangeColumn column) {
        Integer position = positions.get(column);
        return position == null || position >= cells.size() ? null : cells.get(position);
    }
}
