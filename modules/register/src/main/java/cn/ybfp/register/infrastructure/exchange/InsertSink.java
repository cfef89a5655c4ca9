package cn.ybfp.register.infrastructure.exchange;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;

/** Rows as JDBC batches of inserts, {@value #BATCH} at a time: for databases without {@code COPY}. */
final class InsertSink implements RowSink {

    private static final int BATCH = 1000;
    private final PreparedStatement insert;
    private int pending;

    /** {@code table}: the table with its column list, e.g. {@code t (a, b)}. */
    InsertSink(Connection connection, String table, int columns) throws SQLException {
        this.insert = connection.prepareStatement(
                "insert into " + table + " values (" + String.join(", ", Collections.nCopies(columns, "?")) + ")");
    }

    @Override
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            insert.setObject(i + 1, value instanceof LocalDate date ? Date.valueOf(date) : value);
        }
        insert.addBatch();
        if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (pending > 0) {
                insert.executeBatch();
            }
        } finally {
            insert.close();
        }
    }
}
