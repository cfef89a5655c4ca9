package cn.ybfp.web.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.ybfp.web.support.PrintedPages;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** A printed page: A4, the Chinese text embedded in the WAR's font, the portal's print rules, nothing fetched. */
class PrintedPdfTest {

    private final PrintedPdf printer = new PrintedPdf(PrintedPdfTest::webappResource);

    @Test
    void chineseTextPrintsOnA4InTheFontFromTheWar() {
        byte[] pdf = printer.print(page("<h1>医疗保障一站式结算单（一单制）</h1><p>姓名 李建国　个人自付 510.00</p>"));

        PrintedPages printed = PrintedPages.of(pdf);
        assertThat(printed.count()).isEqualTo(1);
        assertThat(printed.firstPageWidth()).isCloseTo(595.3f, within(0.5f)); // A4: 210 mm
        assertThat(printed.text()).contains("医疗保障一站式结算单（一单制）", "李建国", "510.00");
        // the hanzi come from the WAR's font, embedded; a layout engine may also name a standard font for spaces
        assertThat(printed.fonts()).anySatisfy(font -> {
            assertThat(font.getName()).contains("DroidSansFallback");
            assertThat(font.isEmbedded()).isTrue();
        });
        assertThat(printed.fonts())
                .allSatisfy(font -> assertThat(font.isEmbedded() || Standard14Fonts.containsName(font.getName()))
                        .isTrue());
    }

    @Test
    void thePortalsPrintRulesApply() {
        byte[] pdf = printer.print(page("<p>打印的内容</p><p class=\"no-print\">屏幕上的按钮</p>"));

        assertThat(PrintedPages.of(pdf).text()).contains("打印的内容").doesNotContain("屏幕上的按钮");
    }

    @Test
    void aPrintedPageFetchesNothingFromTheNetwork() throws IOException {
        var requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] pdf = printer.print("<html><head><link rel=\"stylesheet\" href=\"" + base + "/x.css\"/></head>"
                    + "<body><p>正文</p><img src=\"" + base
                    + "/x.png\"/><img src=\"file:///etc/hostname\"/></body></html>");

            assertThat(pdf).isNotEmpty();
            assertThat(requests).hasValue(0);
        } finally {
            server.stop(0);
        }
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><link rel=\"stylesheet\" href=\"war:/static/portal.css\">"
                + "<style>* { font-family: '" + PrintedPdf.FONT_FAMILY + "'; }</style></head><body>" + body
                + "</body></html>";
    }

    private static InputStream webappResource(String path) {
        try {
            return Files.newInputStream(Path.of("src/main/webapp" + path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
