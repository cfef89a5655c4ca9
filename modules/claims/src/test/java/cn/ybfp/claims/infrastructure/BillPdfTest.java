package cn.ybfp.claims.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.api.YearTotals;
import cn.ybfp.claims.domain.Claim;
import cn.ybfp.claims.domain.ClaimEntry;
import cn.ybfp.claims.domain.Person;
import cn.ybfp.claims.domain.SettledClaim;
import cn.ybfp.claims.domain.SettlementEngine;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.register.api.InsuredPerson;
import cn.ybfp.register.api.PersonStatus;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bill as a PDF: one A4 page with the header, the masked ID number, every layer and the signature area. */
class BillPdfTest {

    @Test
    void theBillPrintsOnOneA4PageWithItsFigures() throws IOException {
        // class 2, level 1: basic (10,200 − 200) × 85% = 8,500.00, assistance 1,700.00 × 70% = 1,190.00
        var person = new InsuredPerson(
                7,
                ResidentId.parse("220112197808050312"),
                "李建国",
                DivisionCode.of("220112001"),
                DivisionCode.of("220100"),
                PersonStatus.NORMAL,
                LocalDate.of(2022, 6, 1),
                Set.of(AssistanceCategory.LOW_INCOME_GUARANTEE));
        Claim claim = new Claim(
                "ZY2022001",
                ClaimKind.INPATIENT,
                LocalDate.of(2022, 6, 1),
                1,
                Referral.NONE,
                false,
                new BigDecimal("10200.00"),
                null,
                null,
                null);
        var settled = SettlementEngine.settleNext(
                new JsonSchemes().require("jl-2022"),
                new Person(person.categories(), person.birthDate()),
                claim,
                YearTotals.NONE);
        var stored = new SettledClaim(
                new ClaimEntry(claim, "双阳区人民医院", null),
                "jl-2022",
                person,
                2,
                settled,
                SettledClaim.Channel.PORTAL,
                "xq-shuangyang",
                java.time.LocalDateTime.of(2022, 6, 2, 10, 30));

        var out = new ByteArrayOutputStream();
        new BillPdf().print(stored, "双阳区医疗保障局", "云山街道", out);

        PdfReader reader = new PdfReader(out.toByteArray());
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(595f); // A4: 210 mm
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains("双阳区医疗保障局", "ZY2022001", "220112********0312", "8,500.00", "1,190.00", "510.00", "（盖章）")
                .doesNotContain("220112197808050312");
    }
}
