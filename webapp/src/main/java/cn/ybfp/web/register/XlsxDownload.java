package cn.ybfp.web.register;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An Excel download. Downloads are plain JAX-RS resources, not MVC controllers (Krazo would take the file for a
 * view), each at its own full path so that JAX-RS picks it before the controller of the same prefix.
 */
final class XlsxDownload {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxDownload() {
    }

    static Response of(StreamingOutput body, String fileName) {
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"download.xlsx\";"
                + " filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
