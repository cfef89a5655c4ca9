package cn.ybfp.web.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Posts a file as the portal's upload forms do: multipart, with the CSRF token in the address. */
final class MultipartUpload {

    private MultipartUpload() {}

    /** Posts the file to {@code path} and follows the redirect; fails unless it ends on a page under {@code landing}. */
    static HttpResponse<String> post(PortalLogin.Session session, URI portal, String path, Path file, String landing)
            throws IOException, InterruptedException {
        String boundary = "----ybfp-bench-" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                        + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> page = session.client()
                .send(
                        HttpRequest.newBuilder(portal.resolve(path + "?_csrf=" + session.csrfToken()))
                                .header("Accept-Language", "zh-CN")
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.uri().getPath().matches(landing + "/\\d+")) {
            throw new IllegalStateException(
                    "the upload did not end on its page (status " + page.statusCode() + ", at " + page.uri() + ")");
        }
        return page;
    }

    /** Posts a form as the browser does (the session's CSRF token added), following the redirect. */
    static HttpResponse<String> form(PortalLogin.Session session, URI portal, String path, String fields)
            throws IOException, InterruptedException {
        return session.client()
                .send(
                        HttpRequest.newBuilder(portal.resolve(path))
                                .header("Accept-Language", "zh-CN")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "_csrf=" + session.csrfToken() + "&" + fields))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** The id at the end of the page's address ({@code /app/…/123}). */
    static long idOf(HttpResponse<String> page) {
        String path = page.uri().getPath();
        return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
    }
}
