package cn.ybfp.claims.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.Referral;
import cn.ybfp.claims.domain.Claim;
import cn.ybfp.claims.domain.InvalidCaseException;
import cn.ybfp.claims.domain.SettlementCase;
import cn.ybfp.kernel.AssistanceCategory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseJsonReaderWriterTest {

    private static SettlementCase read(String json) throws IOException {
        return CaseJsonReader.read(Json.MAPPER.readTree(json));
    }

    private static List<String> problems(String json) {
        return catchThrowableOfType(InvalidCaseException.class, () -> read(json))
                .messages();
    }

    private static String claimCase(String claim) {
        return """
                {"scheme": "jl-2022", "person": {"categories": [], "birthDate": "1970-01-01"}, "claims": [%s]}""".formatted(claim);
    }

    @Test
    void readsTheShapeOfTheSpecificationWithMissingOptionalsAsZero() throws IOException {
        SettlementCase read = read("""
                {"scheme": "jl-2022",
                 "person": {"categories": ["LOW_INCOME_GUARANTEE", "ORPHAN"], "birthDate": "2012-05-01"},
                 "claims": [{"id": "c1", "kind": "INPATIENT", "date": "2022-03-10", "hospitalLevel": 2,
                             "totalCost": "12000.00", "outOfPolicyCost": 1000.5}]}""");

        assertThat(read.schemeId()).isEqualTo("jl-2022");
        assertThat(read.person().categories())
                .containsExactlyInAnyOrder(AssistanceCategory.LOW_INCOME_GUARANTEE, AssistanceCategory.ORPHAN);
        assertThat(read.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.kind()).isEqualTo(ClaimKind.INPATIENT);
            assertThat(claim.referral()).isEqualTo(Referral.NONE);
            assertThat(claim.outOfProvince()).isFalse();
            assertThat(claim.outOfPolicyCost()).isEqualTo(new BigDecimal("1000.50"));
            assertThat(claim.hospitalReduction()).isEqualTo(new BigDecimal("0.00"));
        });
    }

    @Test
    void readsDatesExactlyAsLocalDateParse() throws IOException {
        // the plain form is read without the formatter: the same dates, the same refusals (29 February, 31 April)
        for (String year : List.of("1900", "2000", "2023", "2024", "0000")) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String date = "%s-%02d-%02d".formatted(year, month, day);
                    String json = """
                            {"scheme": "jl-2022", "person": {"categories": [], "birthDate": "0000-01-01"},
                             "claims": [{"id": "c1", "kind": "INPATIENT", "date": "%s", "hospitalLevel": 2,
                                         "totalCost": "1.00"}]}""".formatted(date);
                    LocalDate expected;
                    try {
                        expected = LocalDate.parse(date);
                    } catch (DateTimeParseException e) {
                        assertThat(problems(json)).as(date).anyMatch(p -> p.contains("不是有效日期：" + date));
                        continue;
                    }
                    assertThat(read(json).claims().get(0).date()).as(date).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void writesWhatItReads() throws IOException {
        SettlementCase original = new ClaimCaseGenerator(7).next();
        StringWriter text = new StringWriter();
        try (JsonGenerator out = Json.MAPPER.createGenerator(text)) {
            CaseJsonWriter.write(original, out);
        }

        assertThat(read(text.toString())).isEqualTo(original);
        assertThat(text.toString()).contains("\"totalCost\":\"");
    }

    @Test
    void namesClaimAndFieldOfEveryProblem() {
        assertThat(problems(claimCase("""
                {"id": "c1", "kind": "SURGERY", "date": "2022-02-30", "hospitalLevel": 2, "totalCost": "12.345"},
                {"id": "c2", "kind": "INPATIENT", "date": "2022-03-10", "referral": "MAYBE", "totalCost": "100",
                 "outOfPolicyCosts": "1"},
                {"kind": "INPATIENT"},
                {"id": "c4", "kind": "INPATIENT", "date": "2022-03-10", "hospitalLevel": 2,
                 "totalCost": "100.00", "outOfPolicyCost": "200.00"}""")))
                .containsExactly(
                        "费用明细 c1：费用类别（kind）取值未知：SURGERY（应为 INPATIENT、OUTPATIENT_CHRONIC、OUTPATIENT_SPECIAL、SPECIAL_FOOD_PKU）",
                        "费用明细 c1：出院（就诊）日期（date）不是有效日期：2022-02-30（应为 2022-03-10 形式）",
                        "费用明细 c1：总费用（totalCost）金额格式错误：\"12.345\"（应为最多两位小数，如 \"12000.00\"）",
                        "费用明细 c2：未知字段（outOfPolicyCosts）",
                        "费用明细 c2：转诊情况（referral）取值未知：MAYBE（应为 NONE、COMPLIANT、NON_COMPLIANT）",
                        "费用明细 c2：医疗机构级别（hospitalLevel）住院费用必须填写（1、2、3）",
                        "第 3 条费用明细：编号（id）不能为空",
                        "费用明细 c4：目录外费用（outOfPolicyCost）不能大于总费用");
    }

    @Test
    void reportsEveryProblemOfThePersonAndAWrongShape() {
        assertThat(problems("""
                {"scheme": "jl-2022", "person": {"categories": ["POOR"]}, "claims": []}"""))
                .containsExactly(
                        "参保人：救助对象类别（categories）取值未知：POOR（应为 EXTREMELY_POOR、ORPHAN、LOW_INCOME_GUARANTEE、"
                                + "RETURNED_TO_POVERTY、MARGINAL_LOW_INCOME、MONITORED_AT_RISK、ILLNESS_IMPOVERISHED、"
                                + "REGISTERED_POOR、SEVERELY_DISABLED、STABLE_LIFTED）",
                        "参保人：出生日期（birthDate）不能为空");
        assertThat(problems("[]")).containsExactly("结算案例应为 JSON 对象");
        assertThat(problems("""
                {"scheme": "jl-2022", "person": {"birthDate": "1970-01-01"}, "claims": {}}""")).containsExactly("费用明细（claims）应为数组");
    }

    @Test
    void checksAcrossClaimsOnceEveryClaimReads() {
        assertThat(problems(claimCase("""
                {"id": "c1", "kind": "OUTPATIENT_CHRONIC", "date": "2022-03-10", "totalCost": "10"},
                {"id": "c1", "kind": "OUTPATIENT_CHRONIC", "date": "1969-03-10", "totalCost": "10"}"""))).containsExactly("费用明细 c1：编号（id）重复", "费用明细 c1：出院（就诊）日期（date）早于参保人出生日期");
    }

    @Test
    void readsAndWritesTheDiseaseAndTheAdmissionDate() throws IOException {
        SettlementCase read = read(claimCase("""
                {"id": "c1", "kind": "INPATIENT", "date": "2022-03-10", "admissionDate": "2022-03-01",
                 "hospitalLevel": 2, "totalCost": "12000.00"},
                {"id": "c2", "kind": "OUTPATIENT_SPECIAL", "date": "2022-04-10", "totalCost": "800.00",
                 "disease": "M07803"},
                {"id": "c3", "kind": "OUTPATIENT_CHRONIC", "date": "2022-05-10", "totalCost": "80.00",
                 "disease": null, "admissionDate": null}"""));

        assertThat(read.claims())
                .extracting(Claim::admissionDate)
                .containsExactly(LocalDate.of(2022, 3, 1), null, null);
        assertThat(read.claims()).extracting(Claim::disease).containsExactly(null, "M07803", null);
        assertThat(read.claims().get(1).kind()).isEqualTo(ClaimKind.OUTPATIENT_SPECIAL);

        StringWriter text = new StringWriter();
        try (JsonGenerator out = Json.MAPPER.createGenerator(text)) {
            CaseJsonWriter.write(read, out);
        }
        assertThat(text.toString())
                .contains("\"admissionDate\":\"2022-03-01\"")
                .contains("\"disease\":\"M07803\"")
                .doesNotContain("null");
        assertThat(read(text.toString())).isEqualTo(read);
    }

    @Test
    void namesTheNewFieldsInTheirProblems() {
        assertThat(problems(claimCase("""
                {"id": "c1", "kind": "OUTPATIENT_SPECIAL", "date": "2022-03-10", "totalCost": "10", "disease": 7803},
                {"id": "c2", "kind": "INPATIENT", "date": "2022-03-10", "hospitalLevel": 1, "totalCost": "10",
                 "admissionDate": "2022-3-1"},
                {"id": "c3", "kind": "OUTPATIENT_CHRONIC", "date": "2022-03-10", "totalCost": "10",
                 "disease": "M03900", "admissionDate": "2022-03-01"}""")))
                .containsExactly(
                        "费用明细 c1：病种代码（disease）应为 M 加 5 位数字的医保门诊慢特病病种代码（如 M03900）：7803",
                        "费用明细 c2：入院日期（admissionDate）不是有效日期：2022-3-1（应为 2022-03-10 形式）",
                        "费用明细 c3：入院日期（admissionDate）只用于住院费用");
    }

    @Test
    void theGeneratorWritesSpecialClaimsDiseasesAndAdmissionDatesThatReadBack() throws IOException {
        ClaimCaseGenerator generator = new ClaimCaseGenerator(3);
        List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            SettlementCase original = generator.next();
            StringWriter text = new StringWriter();
            try (JsonGenerator out = Json.MAPPER.createGenerator(text)) {
                CaseJsonWriter.write(original, out);
            }
            assertThat(read(text.toString())).isEqualTo(original);
            claims.addAll(original.claims());
        }

        assertThat(claims).extracting(Claim::kind).contains(ClaimKind.values());
        assertThat(claims)
                .filteredOn(c -> c.kind() == ClaimKind.OUTPATIENT_SPECIAL)
                .extracting(Claim::disease)
                .contains((String) null)
                .anyMatch(code -> code != null && code.startsWith("M0"));
        assertThat(claims).filteredOn(c -> c.admissionDate() != null).isNotEmpty();
    }
}
