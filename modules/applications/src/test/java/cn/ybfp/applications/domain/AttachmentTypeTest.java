package cn.ybfp.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    @Test
    void theTypeComesFromTheContentNotTheName() {
        var pdf = AttachmentType.check("C:\\扫描\\诊断证明.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.fileName()).isEqualTo("诊断证明.pdf");
        assertThatThrownBy(
                        () -> AttachmentType.check("scan.pdf", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(CaseRefusedException.class)
                .hasMessageContaining("PDF、PNG 或 JPEG");
        assertThat(AttachmentType.check("x.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})
                        .contentType())
                .isEqualTo("image/jpeg");
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertThatThrownBy(() -> AttachmentType.check("a.pdf", new byte[0])).hasMessage("附件：请选择文件");
        byte[] big = new byte[AttachmentType.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThatThrownBy(() -> AttachmentType.check("a.pdf", big)).hasMessage("附件：不能超过 5 MB");
    }
}
