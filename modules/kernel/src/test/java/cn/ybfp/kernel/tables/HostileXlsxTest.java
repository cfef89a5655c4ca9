package cn.ybfp.kernel.tables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Workbooks made to exhaust the server are refused before POI parses them, with the reason, and nothing is read. */
class HostileXlsxTest {

    @Test
    void aPartThatInflatesAThousandTimesIsAZipBomb() throws IOException {
        // 64 MB of the same byte packs into some 64 KB
        byte[] xlsx = zip("xl/worksheets/sheet1.xml", out -> {
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(block);
            }
        });

        assertThatThrownBy(() -> read(xlsx))
                .isInstanceOf(TableFileException.class)
                .hasMessageContaining("解压后异常巨大");
    }

    @Test
    void aSharedStringsTableTooBigForMemoryIsRefused() throws IOException {
        // 65 MB of varied text: it packs normally, but would all be held in memory
        byte[] xlsx = zip("xl/sharedStrings.xml", out -> {
            var random = new Random(7);
            byte[] line = new byte[1024];
            for (int i = 0; i < 65 * 1024; i++) {
                for (int j = 0; j < line.length; j++) {
                    line[j] = (byte) ('a' + random.nextInt(26));
                }
                out.write(line);
            }
        });

        assertThatThrownBy(() -> read(xlsx))
                .isInstanceOf(TableFileException.class)
                .hasMessageContaining("文字表超过 64 MB");
    }

    private static void read(byte[] xlsx) throws IOException {
        TableReader.of(PatientColumn.class).read("名单.xlsx", new ByteArrayInputStream(xlsx), row -> {
            throw new AssertionError("no row may be read from a hostile file");
        });
    }

    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] zip(String part, Content content) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(part));
            content.write(zip);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
