package cn.ybfp.register.infrastructure.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows through PostgreSQL's {@code COPY … FROM STDIN} in its text format, sent every {@value #FLUSH_CHARS}
 * characters. Part of the caller's transaction like any other statement: a rollback takes the rows back too.
 */
final class CopySink implements RowSink {

    private static final int FLUSH_CHARS = 1 << 16;
    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 1024);

    /** {@code table}: the table with its column list, e.g. {@code t (a, b)}. */
    CopySink(Connection connection, String table) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin");
    }

    @Override
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            field(values[i]);
        }
        buffer.append('\n');
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    /** A value as the text format wants it: {@code \N} for null, and the four characters it uses escaped. */
    private void field(Object value) {
        if (value == null) {
            buffer.append("\\N");
            return;
        }
        String text = value.toString(); // LocalDate prints ISO, which COPY reads as a date
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
