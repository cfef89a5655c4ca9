package cn.ybfp.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScanTypeTest {

    @Test
    void theTypeComesFromTheContentNotTheName() {
        var pdf = ScanType.check("C:\\扫描\\诊断证明.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), 10);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).isEqualTo("诊断证明.pdf");
        assertThatThrownBy(() -> ScanType.check("scan.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PDF、PNG 或 JPEG");
        assertThat(ScanType.check("x.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}, 10)
                        .contentType())
                .isEqualTo("image/jpeg");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> ScanType.check("a.pdf", new byte[0], 10)).hasMessage("附件：请选择文件");
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThat(ScanType.check("a.pdf", java.util.Arrays.copyOf(big, 2 * 1024 * 1024), 2))
                .isNotNull();
        assertThatThrownBy(() -> ScanType.check("a.pdf", big, 2)).hasMessage("附件：不能超过 2 MB");
    }
}
