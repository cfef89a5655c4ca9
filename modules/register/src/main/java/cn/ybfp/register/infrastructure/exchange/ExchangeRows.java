package cn.ybfp.register.infrastructure.exchange;

import cn.ybfp.kernel.ResidentId;
import cn.ybfp.register.api.ExchangeListRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads staged rows back for the preview page and the error file. */
public final class ExchangeRows {

    private static final String COLUMNS = "select row_number, id_number, name, category_text, division,"
            + " recognised_date, end_date, document_number, outcome, reason from exchange_row where batch_id = ?";

    private ExchangeRows() {}

    public static List<ExchangeListRow> page(Connection connection, long batchId, String outcome, int offset, int limit)
            throws SQLException {
        List<ExchangeListRow> rows = new ArrayList<>();
        String sql = COLUMNS + (outcome == null ? "" : " and outcome = ?") + " order by row_number" + " offset "
                + Math.max(0, offset) + " rows fetch next " + limit + " rows only";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setLong(1, batchId);
            if (outcome != null) {
                s.setString(2, outcome);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs, false));
                }
            }
        }
        return rows;
    }

    /** Every rejected row with the ID number as the department sent it, so the file can be corrected and re-sent. */
    public static void rejected(Connection connection, long batchId, Consumer<ExchangeListRow> sink)
            throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement(COLUMNS + " and outcome = 'REJECTED' order by row_number")) {
            s.setLong(1, batchId);
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row(rs, true));
                }
            }
        }
    }

    private static ExchangeListRow row(ResultSet rs, boolean full) throws SQLException {
        String id = rs.getString(2);
        return new ExchangeListRow(
                rs.getInt(1),
                full || id == null ? id : ResidentId.mask(id),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                text(rs.getDate(6)),
                text(rs.getDate(7)),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10));
    }

    private static String text(java.sql.Date date) {
        return date == null ? null : date.toLocalDate().toString();
    }
}
