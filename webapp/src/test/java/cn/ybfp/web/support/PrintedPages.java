package cn.ybfp.web.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a PDF holds, read with PDFBox: its pages, their width, the text, the fonts. For tests of printed pages. */
public record PrintedPages(int count, float firstPageWidth, String text, List<PDFont> fonts) {

    public static PrintedPages of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            return new PrintedPages(
                    document.getNumberOfPages(),
                    document.getPage(0).getMediaBox().getWidth(),
                    new PDFTextStripper().getText(document),
                    fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without white space: layout engines break lines and space figures as they like. */
    public String compactText() {
        return text.replaceAll("\\s", "");
    }
}
