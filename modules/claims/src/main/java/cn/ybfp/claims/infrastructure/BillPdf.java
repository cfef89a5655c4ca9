package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.domain.BillPrinter;
import cn.ybfp.claims.domain.SettledClaim;
import cn.ybfp.kernel.Money;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The bill (一单制结算单) as an A4 PDF: the bureau's header, the patient and the claim, every layer with its rule
 * lines, what the patient pays, and the signature and seal area. It embeds the Noto CJK font where the machine has
 * it (Debian fonts-noto-cjk), so that it prints the same everywhere; otherwise it names Adobe's STSong-Light, which
 * every PDF reader supplies.
 */
@ApplicationScoped
public class BillPdf implements BillPrinter {

    /** Simplified Chinese is the third face of the Noto CJK collections. */
    private static final List<String> EMBEDDED = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");

    /** One per application: reading the font collection takes a while, and a BaseFont is safe to share. */
    private final BaseFont font;

    public BillPdf() {
        this.font = chineseFont();
    }

    private static BaseFont chineseFont() {
        try {
            for (String file : EMBEDDED) {
                if (Files.isReadable(Path.of(file))) {
                    return BaseFont.createFont(file + ",2", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                }
            }
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("no Chinese font for the PDF bill", e);
        }
    }

    /**
     * @param bureau   the header: the county's healthcare security bureau
     * @param township the township's name
     */
    @Override
    public void print(SettledClaim claim, String bureau, String township, OutputStream out) {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("一单制结算单 " + claim.claimNumber());
            document.open();
            document.add(centered(bureau, 12));
            document.add(centered("医疗保障一站式结算单（一单制）", 16));
            document.add(centered("结算单号 " + claim.claimNumber() + (claim.isReversed() ? "（已冲正）" : ""), 10));
            document.add(facts(claim, township));
            document.add(layers(claim));
            Paragraph rules = new Paragraph("计算依据", new Font(font, 11, Font.BOLD));
            rules.setSpacingBefore(8);
            document.add(rules);
            for (String line : claim.bill().lines()) {
                document.add(new Paragraph(line, new Font(font, 9)));
            }
            if (claim.isReversed()) {
                document.add(new Paragraph(
                        "冲正：" + claim.reversedAt().toLocalDate() + "，" + claim.reversedBy() + "，原因："
                                + claim.reversalReason(),
                        new Font(font, 10, Font.BOLD)));
            }
            document.add(signatures(claim));
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot write the bill of " + claim.claimNumber(), e);
        } finally {
            document.close();
        }
    }

    private Paragraph centered(String text, int size) {
        Paragraph paragraph = new Paragraph(text, new Font(font, size, size >= 16 ? Font.BOLD : Font.NORMAL));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private PdfPTable facts(SettledClaim c, String township) {
        PdfPTable table = grid(4);
        pair(table, "姓名", c.personName());
        pair(table, "身份证号", c.idNumberMasked());
        pair(table, "乡镇（街道）", township);
        pair(table, "救助类别", c.assistanceClass() == null ? "无" : "一二三四".charAt(c.assistanceClass() - 1) + "类");
        pair(table, "医疗机构", c.hospital());
        pair(table, "费用类别", c.kind().label());
        pair(table, "出院（就诊）日期", c.claimDate().toString());
        pair(table, "待遇政策方案", c.schemeId());
        return table;
    }

    private PdfPTable layers(SettledClaim claim) {
        Bill c = claim.bill();
        PdfPTable table = grid(2);
        table.setSpacingBefore(8);
        row(table, "总费用", c.totalCost(), true);
        row(table, "其中：目录外费用", c.outOfPolicyCost(), false);
        row(table, "政策范围内费用", c.inPolicy(), false);
        row(table, "基本医保", c.basic(), false);
        row(table, "大病保险", c.criticalIllness(), false);
        row(table, "医疗救助", c.assistance(), false);
        row(table, "倾斜救助", c.tiltedAssistance(), false);
        row(table, "医疗机构减免", c.hospitalReduction(), false);
        row(table, "商业补充保险", c.supplementaryInsurance(), false);
        row(table, "再救助", c.reassistance(), false);
        row(table, "个人自付", c.personalPayment(), true);
        return table;
    }

    private PdfPTable signatures(SettledClaim c) {
        PdfPTable table = grid(3);
        table.setSpacingBefore(24);
        for (String label : List.of("经办人：" + c.settledBy(), "审核人：", "（盖章）")) {
            PdfPCell cell = new PdfPCell(new Phrase(label, new Font(font, 10)));
            cell.setFixedHeight(72);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            table.addCell(cell);
        }
        PdfPCell date = new PdfPCell(
                new Phrase("结算时间：" + c.settledAt().withNano(0).toString().replace('T', ' '), new Font(font, 9)));
        date.setColspan(3);
        date.setBorder(0);
        table.addCell(date);
        return table;
    }

    private PdfPTable grid(int columns) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        return table;
    }

    private void pair(PdfPTable table, String label, String value) {
        table.addCell(new Phrase(label, new Font(font, 10, Font.BOLD)));
        table.addCell(new Phrase(value, new Font(font, 10)));
    }

    private void row(PdfPTable table, String label, BigDecimal amount, boolean bold) {
        table.addCell(new Phrase(label, new Font(font, 10, bold ? Font.BOLD : Font.NORMAL)));
        PdfPCell cell = new PdfPCell(
                new Phrase(Money.format(amount) + " 元", new Font(font, 10, bold ? Font.BOLD : Font.NORMAL)));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
    }
}
