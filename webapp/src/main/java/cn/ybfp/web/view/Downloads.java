package cn.ybfp.web.view;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A file download (Excel, PDF). Downloads are plain JAX-RS resources, not MVC controllers (Krazo would take the file for a
 * view), each at its own full path so that JAX-RS picks it before the controller of the same prefix.
 */
public final class Downloads {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /** A download's name in the page's language, from the bundles ({@code download.*}). */
    public static String name(HttpServletRequest request, String key, Object... args) {
        return Messages.get(PortalLocale.of(request), key, args);
    }

    public static Response xlsx(StreamingOutput body, String fileName) {
        return file(body, XLSX, "xlsx", fileName);
    }

    public static Response pdf(StreamingOutput body, String fileName) {
        return file(body, "application/pdf", "pdf", fileName);
    }

    /**
     * A scan as uploaded: always a download, with the type checked at upload and {@code nosniff}, so that a scan can
     * never run as a page of the portal.
     */
    public static Response scan(byte[] content, String contentType, String fileName) {
        return Response.fromResponse(file(out -> out.write(content), contentType, "bin", fileName))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** The ASCII name first for old clients, then the Chinese name (RFC 6266). */
    private static Response file(StreamingOutput body, String type, String extension, String fileName) {
        return Response.ok(body, type)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"download." + extension + "\"; filename*=UTF-8''"
                                + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .build();
    }
}
