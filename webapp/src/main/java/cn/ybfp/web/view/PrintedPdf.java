package cn.ybfp.web.view;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Lays a rendered page out on A4 as a PDF (openhtmltopdf): a printed document comes from the same Thymeleaf
 * template as its page, so the two cannot drift.
 *
 * <p>The Chinese font travels in the WAR ({@code /fonts/DroidSansFallbackFull.ttf}, Apache-2.0; see
 * {@code fonts/NOTICE}) and is embedded as a subset, so the PDF prints the same on every machine and reader. The
 * document may read only {@code war:} resources (the portal's style sheet); every other address is refused, so a
 * printed page never fetches anything from the network or the disk.
 */
@ApplicationScoped
public class PrintedPdf {

    /** The family name that printed templates ask for. */
    public static final String FONT_FAMILY = "ybfp-cjk";

    private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";
    private static final String WAR = "war:";

    private byte[] font;
    private Function<String, InputStream> resources;

    /** For CDI, which then calls {@link #readFrom(ServletContext)}. */
    PrintedPdf() {}

    /** @param resources opens a resource of the WAR by its path ({@code /static/portal.css}); null when absent */
    public PrintedPdf(Function<String, InputStream> resources) {
        readFrom(resources);
    }

    @Inject
    void readFrom(ServletContext war) {
        readFrom(war::getResourceAsStream);
    }

    private void readFrom(Function<String, InputStream> warResources) {
        this.resources = warResources;
        this.font = read(PrintedPdf.class.getResourceAsStream(FONT), FONT);
    }

    /** @param html a whole page as Thymeleaf rendered it (HTML5; parsed leniently) */
    public byte[] print(String html) {
        var pdf = new ByteArrayOutputStream();
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(W3CDom.convert(Jsoup.parse(html)), WAR + "/");
        builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY);
        builder.useUriResolver((base, uri) -> uri.startsWith(WAR) ? uri : null);
        builder.useProtocolsStreamImplementation(this::warResource, "war");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private FSStream warResource(String uri) {
        String path = uri.substring(WAR.length());
        byte[] bytes = read(resources.apply(path), path);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    private static byte[] read(InputStream in, String name) {
        try (InputStream stream = Objects.requireNonNull(in, () -> name + " is not in the WAR")) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
