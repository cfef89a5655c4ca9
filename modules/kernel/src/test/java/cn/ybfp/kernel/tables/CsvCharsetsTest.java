package cn.ybfp.kernel.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvCharsetsTest {

    private static BufferedInputStream stream(byte[] bytes) {
        return new BufferedInputStream(new ByteArrayInputStream(bytes));
    }

    @Test
    void aByteOrderMarkMeansUtf8AndIsSkipped() throws IOException {
        BufferedInputStream in = stream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b'});

        assertThat(CsvCharsets.detect(in)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(in.read()).isEqualTo('a');
    }

    @Test
    void utf8WithoutMarkIsUtf8AndTheStreamIsLeftAtItsStart() throws IOException {
        BufferedInputStream in = stream("id,姓名\n1,张三\n".getBytes(StandardCharsets.UTF_8));

        assertThat(CsvCharsets.detect(in)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(in.read()).isEqualTo('i');
    }

    @Test
    void gbkIsReadAsGb18030() throws IOException {
        BufferedInputStream in = stream("id,姓名\n1,张三\n".getBytes("GBK"));

        assertThat(CsvCharsets.detect(in)).isEqualTo(Charset.forName("GB18030"));
        assertThat(in.read()).isEqualTo('i');
    }

    @Test
    void decidesOnTheFirstNonAsciiTextEvenFarIntoTheFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("idNumber,name\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII)); // 140 kB of ASCII
        bytes.writeBytes("1,张三\n".getBytes("GBK"));

        assertThat(CsvCharsets.detect(stream(bytes.toByteArray()))).isEqualTo(Charset.forName("GB18030"));
    }

    @Test
    void aCharacterCutByTheEndOfTheDetectionWindowIsStillUtf8() throws IOException {
        byte[] bytes =
                "张".repeat(CsvCharsets.WINDOW).getBytes(StandardCharsets.UTF_8); // 3 bytes each: the window cuts one

        assertThat(CsvCharsets.detect(stream(bytes))).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aCharacterCutByTheEndOfTheFileIsNotUtf8() throws IOException {
        byte[] full = "张三".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(full, full.length - 1);

        assertThat(CsvCharsets.detect(stream(cut))).isEqualTo(Charset.forName("GB18030"));
    }

    @Test
    void theReaderDecodesTheWholeFile() throws IOException {
        byte[] bytes = ("姓名\n" + "张三\n".repeat(20_000)).getBytes("GBK");

        try (Reader reader = CsvCharsets.open(new ByteArrayInputStream(bytes))) {
            char[] buffer = new char[8192];
            StringBuilder text = new StringBuilder();
            int n;
            while ((n = reader.read(buffer)) > 0) {
                text.append(buffer, 0, n);
            }
            assertThat(text.toString()).isEqualTo("姓名\n" + "张三\n".repeat(20_000));
        }
    }
}
