package cn.ybfp.kernel.tables;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how a CSV file is encoded, without reading it whole. Chinese Excel saves "CSV (逗号分隔)" in GBK and
 * "CSV UTF-8" with a byte-order mark; other systems write UTF-8 without one. So:
 * <ol>
 * <li>a UTF-8 byte-order mark means UTF-8 (the mark is skipped); a UTF-16 one is refused with a hint;</li>
 * <li>otherwise the stream is marked and read ahead up to the first non-ASCII byte (at most {@value #SCAN_LIMIT}
 * bytes), then {@value #WINDOW} bytes more; if that window decodes as strict UTF-8 the file is UTF-8, if not it is
 * GBK. ASCII reads the same in both, so only the first non-ASCII text matters; Chinese GBK text is practically never
 * valid UTF-8 over more than a few characters, and every row has a name in Chinese;</li>
 * <li>the stream is reset and decoded with a strict decoder: a byte that does not fit the chosen encoding later on
 * raises a {@link java.nio.charset.CharacterCodingException} instead of silently becoming "�" in a name.</li>
 * </ol>
 * GBK is decoded as GB18030, its superset, so that rare name characters (生僻字) that GBK lacks survive.
 */
final class CsvCharsets {

    static final int SCAN_LIMIT = 1 << 20;
    static final int WINDOW = 16 * 1024;
    static final Charset GBK = Charset.forName("GB18030");

    private CsvCharsets() {}

    /** A reader of the file's text, positioned after any byte-order mark. */
    static Reader open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        Charset charset = detect(in);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
    }

    /** Detects the encoding and leaves {@code in} at the first character of text. */
    static Charset detect(BufferedInputStream in) throws IOException {
        in.mark(4);
        byte[] bom = in.readNBytes(3);
        if (bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (bom.length >= 2
                && ((bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE
                        || (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF)) {
            throw TableFileException.of("file.utf16");
        }
        in.reset();
        in.mark(SCAN_LIMIT + WINDOW);
        try {
            return looksLikeUtf8(in) ? StandardCharsets.UTF_8 : GBK;
        } finally {
            in.reset();
        }
    }

    private static boolean looksLikeUtf8(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int scanned = 0;
        while (scanned < SCAN_LIMIT) {
            int n = in.read(buffer, 0, Math.min(buffer.length, SCAN_LIMIT - scanned));
            if (n < 0) {
                return true; // all ASCII: the choice does not matter
            }
            for (int i = 0; i < n; i++) {
                if (buffer[i] < 0) {
                    byte[] window = new byte[WINDOW];
                    int length = n - i;
                    System.arraycopy(buffer, i, window, 0, length);
                    int more = in.readNBytes(window, length, WINDOW - length);
                    boolean complete = length + more < WINDOW; // the file ends inside the window
                    return isStrictUtf8(ByteBuffer.wrap(window, 0, length + more), complete);
                }
            }
            scanned += n;
        }
        return true; // a megabyte of ASCII: decode as UTF-8 and let a later GBK byte be reported
    }

    /** Strict UTF-8; a sequence cut off by the end of the window is fine unless the file ends there. */
    private static boolean isStrictUtf8(ByteBuffer bytes, boolean endOfInput) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(bytes.remaining());
        if (decoder.decode(bytes, chars, endOfInput).isError()) {
            return false;
        }
        return !endOfInput || !decoder.flush(chars).isError();
    }
}
