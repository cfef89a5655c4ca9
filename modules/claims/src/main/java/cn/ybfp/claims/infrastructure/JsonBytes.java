package cn.ybfp.claims.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.ybfp.kernel.Money;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Compact JSON as UTF-8 bytes, for the batch's answers: the same bytes as Jackson's generator writing characters
 * through an {@code OutputStreamWriter}, without Jackson's per-character work. Jackson spent more time escaping the
 * Chinese rule lines than the engine spent computing them; here each character is looked at once, straight into
 * the buffer. Not thread-safe: one per chunk of answers.
 */
final class JsonBytes {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(UTF_8);

    private byte[] bytes;
    private int size;
    /** The characters of the string being written: a loop over an array is cheaper than {@code charAt}. */
    private char[] chars = new char[256];

    JsonBytes(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    /** Pre-encoded text as it stands: the answer's punctuation and field names. */
    void raw(byte[] constant) {
        ensure(constant.length);
        System.arraycopy(constant, 0, bytes, size, constant.length);
        size += constant.length;
    }

    void raw(char ascii) {
        ensure(1);
        bytes[size++] = (byte) ascii;
    }

    /**
     * A JSON string, quoted and escaped as Jackson does by default ({@code \"}, {@code \\}, {@code \n} and the other
     * short escapes; a backslash, 'u' and four upper-case hex digits for the other control characters; nothing
     * else), encoded as the UTF-8 encoder of an {@code OutputStreamWriter} does: a surrogate pair as one code point,
     * an unpaired surrogate as '?'.
     */
    void string(String string) {
        int length = string.length();
        ensure(6 * length + 2); // at most 6 bytes per character (an escape), 4 per surrogate pair
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        char[] text = chars;
        string.getChars(0, length, text, 0);
        byte[] b = bytes;
        int n = size;
        b[n++] = '"';
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c < 0x80) {
                if (c < 0x20 || c == '"' || c == '\\') {
                    n = escape(c, b, n);
                } else {
                    b[n++] = (byte) c;
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                b[n++] = (byte) (0xE0 | c >> 12);
                b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text[i + 1])) {
                int codePoint = Character.toCodePoint(c, text[++i]);
                b[n++] = (byte) (0xF0 | codePoint >> 18);
                b[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                b[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                b[n++] = (byte) (0x80 | codePoint & 0x3F);
            } else {
                b[n++] = '?';
            }
        }
        b[n++] = '"';
        size = n;
    }

    private static int escape(char c, byte[] b, int n) {
        b[n++] = '\\';
        char shortForm = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (shortForm != 0) {
            b[n++] = (byte) shortForm;
            return n;
        }
        b[n++] = 'u';
        b[n++] = '0';
        b[n++] = '0';
        b[n++] = HEX[c >> 4];
        b[n++] = HEX[c & 0xF];
        return n;
    }

    /**
     * An amount as a JSON string in the exchange form, {@link Money#plain} ({@code "12000.00"}), written digit by
     * digit instead of through a {@code String}; amounts beyond a {@code long} of fen (never on a real bill) take
     * {@code Money.plain}.
     */
    void amount(BigDecimal amount) {
        BigDecimal fen = Money.round(amount);
        if (fen.precision() > 18) {
            string(Money.plain(amount));
            return;
        }
        long units = fen.scaleByPowerOfTen(2).longValue(); // exact: scale 0, at most 18 digits
        ensure(23); // quotes, sign, 18 digits, point
        byte[] b = bytes;
        int n = size;
        b[n++] = '"';
        if (units < 0) {
            b[n++] = '-';
            units = -units;
        }
        long whole = units / 100;
        int digits = 1;
        for (long rest = whole / 10; rest != 0; rest /= 10) {
            digits++;
        }
        for (int i = n + digits - 1; i >= n; i--) {
            b[i] = (byte) ('0' + whole % 10);
            whole /= 10;
        }
        n += digits;
        int cents = (int) (units % 100);
        b[n++] = '.';
        b[n++] = (byte) ('0' + cents / 10);
        b[n++] = (byte) ('0' + cents % 10);
        b[n++] = '"';
        size = n;
    }

    /** Empties the buffer, keeping its capacity for the next answers. */
    void clear() {
        size = 0;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
        }
    }
}
