package cn.ybfp.kernel.tables;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time (RFC 4180): fields separated by commas; a field in double quotes may hold commas,
 * line breaks and doubled quotes ({@code ""}); records end with CRLF, LF or a lone CR. It is lenient where Excel is
 * (a quote inside an unquoted field is kept as text, text after a closing quote is appended) and strict where a
 * mistake would swallow the rest of the file: a quote left open is reported with its row, and so is a field longer
 * than {@value #MAX_FIELD_LENGTH} characters, which keeps memory bounded whatever the file holds.
 */
final class CsvRecordReader {

    static final int MAX_FIELD_LENGTH = 32_767; // Excel's own limit for a cell
    static final int MAX_FIELDS = 16_384; // Excel's column limit

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private int recordNumber;
    private final StringBuilder field = new StringBuilder();
    private final List<String> fields = new ArrayList<>();

    CsvRecordReader(Reader in) {
        this.in = in;
    }

    /** The 1-based number of the record last returned (a blank line counts, as it is a row in Excel). */
    int recordNumber() {
        return recordNumber;
    }

    /**
     * The next record's fields, or {@code null} at the end; a blank line is one empty field. The list is reused by
     * the next call.
     */
    List<String> next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        recordNumber++;
        fields.clear();
        field.setLength(0);
        boolean quoted = false; // inside a quoted part
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw TableFileException.of("file.openQuote", String.valueOf(recordNumber));
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    append((char) c);
                }
            } else if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n' && after >= 0) {
                        position--; // a lone CR ends the record; the character after it is the next record's
                    }
                }
                endField();
                return fields;
            } else if (c == ',') {
                endField();
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else {
                append((char) c);
            }
            c = read();
        }
    }

    private void append(char c) {
        if (field.length() >= MAX_FIELD_LENGTH) {
            throw TableFileException.of("file.longField", String.valueOf(recordNumber));
        }
        field.append(c);
    }

    private void endField() {
        if (fields.size() >= MAX_FIELDS) {
            throw TableFileException.of("file.tooManyColumns", String.valueOf(recordNumber));
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}
