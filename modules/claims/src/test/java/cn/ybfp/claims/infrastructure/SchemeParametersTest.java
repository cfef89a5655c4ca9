package cn.ybfp.claims.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.SchemeField;
import cn.ybfp.claims.api.SchemeField.Kind;
import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.kernel.Refusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scheme form: every parameter as a labelled field, and back, with the province's checks. */
class SchemeParametersTest {

    private final String jl = read("jl-2022");
    private final String sd = read("sd-2019");

    @Test
    void everyParameterBecomesALabelledFieldOfItsKind() {
        List<SchemeField> fields = SchemeParameters.fields(jl);

        assertThat(fields)
                .extracting(SchemeField::path)
                .doesNotContain("id", "name", "basis")
                .contains(
                        "basic.inpatient.levels.1.deductible",
                        "criticalIllness.ordinary.segments[1].upTo",
                        "assistance.categoryClasses.ORPHAN",
                        "tiltedAssistance.classes");
        assertThat(field(fields, "basic.inpatient.levels.2.ratio"))
                .isEqualTo(new SchemeField("basic.inpatient.levels.2.ratio", Kind.RATIO, "0.75"));
        assertThat(field(fields, "basic.inpatient.levels.2.ratio").label(Locale.CHINESE))
                .isEqualTo("基本医保 · 住院 · 医疗机构级别 · 2 · 支付比例");
        assertThat(field(fields, "basic.inpatient.levels.2.ratio").label(Locale.ENGLISH))
                .isEqualTo("Basic insurance · Inpatient · Hospital level · 2 · Payment ratio");
        assertThat(field(fields, "criticalIllness.ordinary.segments[1].upTo").value())
                .isEmpty();
        assertThat(field(fields, "criticalIllness.ordinary.segments[1].upTo").label(Locale.CHINESE))
                .isEqualTo("大病保险 · 普通 · 分段 第2段 · 段上限（空 = 不设上限）");
        assertThat(field(fields, "assistance.categoryClasses.ORPHAN").label(Locale.CHINESE))
                .endsWith("孤儿");
        assertThat(field(fields, "tiltedAssistance.classes"))
                .extracting(SchemeField::kind, SchemeField::value)
                .containsExactly(Kind.LIST, "1,2,3");
        assertThat(field(SchemeParameters.fields(sd), "tiltedAssistance").kind())
                .isEqualTo(Kind.FIXED);
    }

    @Test
    void theOutpatientSpecialDiseaseValuesAreFieldsOfTheForm() throws IOException {
        List<SchemeField> fields = SchemeParameters.fields(jl);

        assertThat(field(fields, "basic.outpatientSpecial.deductible"))
                .isEqualTo(new SchemeField("basic.outpatientSpecial.deductible", Kind.MONEY, "400.00"));
        assertThat(field(fields, "basic.outpatientSpecial.ratio"))
                .isEqualTo(new SchemeField("basic.outpatientSpecial.ratio", Kind.RATIO, "0.70"));
        assertThat(field(fields, "basic.outpatientSpecial.deductible").label(Locale.CHINESE))
                .isEqualTo("基本医保 · 门诊特殊疾病 · 起付线");
        assertThat(field(fields, "basic.outpatientSpecial.ratio").label(Locale.ENGLISH))
                .isEqualTo("Basic insurance · Outpatient special diseases · Payment ratio");
        assertThat(field(fields, "basic.outpatientChronic.ratio").label(Locale.CHINESE))
                .isEqualTo("基本医保 · 门诊慢性病 · 支付比例");

        Map<String, String> values = new HashMap<>(SchemeParameters.values(jl));
        values.put("basic.outpatientSpecial.deductible", "500");
        values.put("basic.outpatientSpecial.ratio", "0.75");
        Map<String, Refusal> problems = new LinkedHashMap<>();
        Scheme edited = parse(SchemeParameters.edited(jl, "jl-2023", "吉林省方案（2023）", "", values, problems));
        assertThat(problems).isEmpty();
        assertThat(edited.basic().outpatientSpecial().deductible()).hasToString("500.00");
        assertThat(edited.basic().outpatientSpecial().ratio()).hasToString("0.75");

        values.put("basic.outpatientSpecial.ratio", "1.5");
        SchemeParameters.edited(jl, "jl-2023", "方案", "", values, problems);
        assertThat(chinese(problems))
                .containsOnly(
                        Map.entry("basic.outpatientSpecial.ratio", "基本医保 · 门诊特殊疾病 · 支付比例：应在 0 到 1 之间（如 0.85 表示 85%）"));
    }

    @Test
    void unchangedValuesGiveTheSameSchemeUnderTheNewHeader() throws IOException {
        Map<String, Refusal> problems = new LinkedHashMap<>();
        String copy = SchemeParameters.edited(
                sd, "sd-2020", "山东省方案（2020）", "鲁医保发〔2019〕69号", SchemeParameters.values(sd), problems);

        assertThat(problems).isEmpty();
        Scheme original = parse(sd);
        Scheme copied = parse(copy);
        assertThat(copied.id()).isEqualTo("sd-2020");
        assertThat(copied.name()).isEqualTo("山东省方案（2020）");
        assertThat(copied.basic()).isEqualTo(original.basic());
        assertThat(copied.criticalIllness()).isEqualTo(original.criticalIllness());
        assertThat(copied.reassistance()).isEqualTo(original.reassistance());
        assertThat(copied.pkuSpecialFood()).isEqualTo(original.pkuSpecialFood());
    }

    @Test
    void anEditedValueIsWrittenWithTwoDecimalsAndWholeNumbersStayWhole() throws IOException {
        Map<String, String> values = new HashMap<>(SchemeParameters.values(jl));
        values.put("assistance.classes.1.yearlyLimit", "60000");
        values.put("assistance.childBonus.ageLimit", "16");
        values.put("tiltedAssistance.classes", "1、2");
        Map<String, Refusal> problems = new LinkedHashMap<>();
        Scheme edited = parse(SchemeParameters.edited(jl, "jl-2023", "吉林省方案（2023）", "", values, problems));

        assertThat(problems).isEmpty();
        assertThat(edited.assistance().classes().get(1).yearlyLimit()).hasToString("60000.00");
        assertThat(edited.assistance().childBonus().ageLimit()).isEqualTo(16);
        assertThat(edited.tiltedAssistance().classes()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void wrongValuesAreEachNamedWithTheirLabel() {
        Map<String, String> values = new HashMap<>(SchemeParameters.values(jl));
        values.put("basic.inpatient.levels.1.ratio", "1.01");
        values.put("basic.inpatient.yearlyCap", "-5");
        values.put("basic.inpatient.levels.1.deductible", "200.001");
        values.put("assistance.childBonus.ageLimit", "十四");
        values.put("criticalIllness.ordinary.segments[0].upTo", "");
        Map<String, Refusal> problems = new LinkedHashMap<>();
        SchemeParameters.edited(jl, "jl-2023", "方案", "", values, problems);

        assertThat(chinese(problems))
                .containsOnly(
                        Map.entry(
                                "basic.inpatient.levels.1.ratio",
                                "基本医保 · 住院 · 医疗机构级别 · 1 · 支付比例：应在 0 到 1 之间（如 0.85 表示 85%）"),
                        Map.entry("basic.inpatient.yearlyCap", "基本医保 · 住院 · 年度封顶线：不能为负数"),
                        Map.entry("basic.inpatient.levels.1.deductible", "基本医保 · 住院 · 医疗机构级别 · 1 · 起付线：金额最多两位小数"),
                        Map.entry("assistance.childBonus.ageLimit", "医疗救助 · 儿童提高 · 年龄上限（周岁）：应为整数：十四"),
                        Map.entry(
                                "criticalIllness.ordinary.segments[0].upTo",
                                "大病保险 · 普通 · 分段 第1段 · 段上限（空 = 不设上限）：只有最后一段可以不设上限"));
    }

    @Test
    void segmentBoundsMustAscend() {
        Map<String, String> values = new HashMap<>(SchemeParameters.values(sd));
        values.put("criticalIllness.preferential.table.segments[1].upTo", "100000.00");
        Map<String, Refusal> problems = new LinkedHashMap<>();
        SchemeParameters.edited(sd, "sd-2020", "方案", "", values, problems);

        assertThat(problems).containsOnlyKeys("criticalIllness.preferential.table.segments[1].upTo");
        assertThat(chinese(problems).values()).singleElement().asString().endsWith("应大于上一段的上限 100000.00");
        assertThat(problems.values().iterator().next().in(Locale.ENGLISH))
                .isEqualTo("Critical illness insurance · Preferential payment · Own segment table · Segments, segment 2"
                        + " · Segment upper bound (empty = none): must be above the previous segment's upper bound"
                        + " 100000.00");
    }

    private static Map<String, String> chinese(Map<String, Refusal> problems) {
        Map<String, String> said = new LinkedHashMap<>();
        problems.forEach((path, problem) -> said.put(path, problem.in(Locale.CHINESE)));
        return said;
    }

    private static SchemeField field(List<SchemeField> fields, String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    private static Scheme parse(String definition) throws IOException {
        return JsonSchemes.parse(new ByteArrayInputStream(definition.getBytes(StandardCharsets.UTF_8)));
    }

    private static String read(String id) {
        try (InputStream in = SchemeParametersTest.class.getResourceAsStream("/schemes/" + id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
