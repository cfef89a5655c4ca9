package cn.ybfp.register.infrastructure.exchange;

import java.sql.SQLException;

/** Where staged rows go, many at a time: one call per row, the values in the table's column order. */
interface RowSink extends AutoCloseable {

    void row(Object... values) throws SQLException;

    /** Writes what is still buffered. */
    @Override
    void close() throws SQLException;
}
