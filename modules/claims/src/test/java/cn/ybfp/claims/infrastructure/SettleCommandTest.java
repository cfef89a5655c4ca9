package cn.ybfp.claims.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.domain.AssistanceClassResolution;
import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.domain.SettlementCase;
import cn.ybfp.claims.domain.SettlementEngine;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettleCommandTest {

    /** The case of SETTLEMENT.md. */
    private static final String SPEC_CASE = """
            {
              "scheme": "jl-2022",
              "person": { "categories": ["LOW_INCOME_GUARANTEE"], "birthDate": "2012-05-01" },
              "claims": [
                { "id": "c1", "kind": "INPATIENT", "date": "2022-03-10", "hospitalLevel": 2,
                  "referral": "NONE", "outOfProvince": false,
                  "totalCost": "12000.00", "outOfPolicyCost": "1000.00",
                  "hospitalReduction": "0.00", "supplementaryInsurance": "0.00" }
              ]
            }""";

    private static final String INVALID_SECOND_CLAIM = """
            {"scheme": "jl-2022", "person": {"categories": [], "birthDate": "1970-01-01"}, "claims": [
             {"id": "c1", "kind": "INPATIENT", "date": "2022-03-10", "hospitalLevel": 2, "totalCost": "100.00"},
             {"id": "c2", "kind": "INPATIENT", "date": "2022-04-10", "hospitalLevel": 2, "totalCost": "100.00",
              "outOfPolicyCost": "200.00"}]}""";

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {

        JsonNode json() throws IOException {
            return Json.MAPPER.readTree(out);
        }

        List<String> lines() {
            return out.lines().toList();
        }
    }

    /**
     * {@code ./portal settle} starts the JVM with the options in {@code settle.jvm}: a JVM that refuses one of them
     * would make the command fail, so it is started here with them, on a batch of two cases.
     */
    @Test
    void theLaunchersJvmOptionsStartTheCommand() throws Exception {
        String oneLine = SPEC_CASE.replace("\n", " ");
        Path batch = file("two.jsonl", oneLine + "\n" + oneLine + "\n");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "@settle.jvm",
                        "-cp",
                        System.getProperty("java.class.path"),
                        SettleCommand.class.getName(),
                        "--batch",
                        batch.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        assertThat(out.lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"basic\":\"7950.00\""));
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SettleCommand.run(args, new ByteArrayInputStream(stdin.getBytes(UTF_8)), out, err);
        return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, UTF_8);
    }

    @Test
    void answersACaseFileInTheShapeOfTheSpecification() throws IOException {
        Run run = run("", file("case.json", SPEC_CASE).toString());

        assertThat(run.status()).isEqualTo(SettleCommand.OK);
        JsonNode bill = run.json().get("claims").get(0);
        assertThat(bill.get("id").asText()).isEqualTo("c1");
        assertThat(bill.get("inPolicy").asText()).isEqualTo("11000.00");
        assertThat(bill.get("basic").asText()).isEqualTo("7950.00");
        assertThat(bill.get("criticalIllness").asText()).isEqualTo("0.00");
        assertThat(bill.get("assistance").asText()).isEqualTo("2440.00");
        assertThat(bill.get("personalPayment").asText()).isEqualTo("1610.00");
        assertThat(bill.get("lines")).hasSize(6);
        assertThat(bill.fieldNames())
                .toIterable()
                .containsExactly(
                        "id",
                        "inPolicy",
                        "basic",
                        "criticalIllness",
                        "assistance",
                        "tiltedAssistance",
                        "hospitalReduction",
                        "supplementaryInsurance",
                        "reassistance",
                        "personalPayment",
                        "lines");
    }

    @Test
    void theLinesNameTheDiseaseOfAnOutpatientClaimFirst() throws IOException {
        // jl-2022, the class-2 child of the specification: special disease, in-policy 1,000
        // basic round((1,000 − 400) × 0.70) = 420.00; assistance 580 × (0.70 + 0.10) = 464.00
        String special = """
                {"scheme": "jl-2022",
                 "person": {"categories": ["LOW_INCOME_GUARANTEE"], "birthDate": "2012-05-01"},
                 "claims": [
                   {"id": "s1", "kind": "OUTPATIENT_SPECIAL", "date": "2022-03-10", "disease": "M07803",
                    "totalCost": "1000.00"},
                   {"id": "i2", "kind": "INPATIENT", "date": "2022-03-20", "admissionDate": "2022-03-12",
                    "hospitalLevel": 2, "totalCost": "400.00"}]}""";
        Run run = run(special);

        assertThat(run.status()).as(run.err()).isEqualTo(SettleCommand.OK);
        JsonNode bill = run.json().get("claims").get(0);
        assertThat(bill.get("basic").asText()).isEqualTo("420.00");
        assertThat(bill.get("assistance").asText()).isEqualTo("464.00");
        assertThat(bill.get("lines").get(0).asText()).isEqualTo("病种：M07803");
        assertThat(bill.get("lines").get(1).asText()).startsWith("基本医保（门诊特殊疾病）：");
        assertThat(run.json().get("claims").get(1).get("lines").get(0).asText()).startsWith("基本医保（住院）：");
    }

    @Test
    void readsStandardInputWithoutFileOrWithDash() {
        assertThat(run(SPEC_CASE).out()).isEqualTo(run(SPEC_CASE, "-").out()).contains("\"1610.00\"");
    }

    @Test
    void schemeOptionOverridesTheCase() throws IOException {
        // sd-2019 level 2: (11,000 − 600) × 0.70 = 7,280.00
        Run run = run(SPEC_CASE, "--scheme", "sd-2019");

        assertThat(run.json().get("claims").get(0).get("basic").asText()).isEqualTo("7280.00");
    }

    @Test
    void anInvalidCaseSettlesNothingAndNamesClaimAndField() {
        Run run = run(INVALID_SECOND_CLAIM);

        assertThat(run.status()).isEqualTo(SettleCommand.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("费用明细 c2：目录外费用（outOfPolicyCost）不能大于总费用\n");
    }

    @Test
    void batchAnswersLineByLineAndStopsAtTheFirstInvalidLine() throws IOException {
        String oneLine = SPEC_CASE.replace("\n", " ");
        Path batch = file(
                "cases.jsonl",
                oneLine + "\n\n" + oneLine + "\n" + INVALID_SECOND_CLAIM.replace("\n", " ") + "\n" + oneLine + "\n");

        Run run = run("", "--batch", batch.toString());

        assertThat(run.status()).isEqualTo(SettleCommand.INVALID);
        assertThat(run.lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"basic\":\"7950.00\""));
        assertThat(run.err()).isEqualTo("第 4 行：费用明细 c2：目录外费用（outOfPolicyCost）不能大于总费用\n");
    }

    @Test
    void batchReportsMalformedJsonWithItsLineNumber() throws IOException {
        Run run = run("", "--batch", file("bad.jsonl", "{\"scheme\": \n").toString());

        assertThat(run.status()).isEqualTo(SettleCommand.INVALID);
        assertThat(run.err()).startsWith("第 1 行：不是有效的 JSON：");
    }

    @Test
    void generatedCasesAllSettleOneAnswerPerLine() throws IOException {
        Path cases = dir.resolve("generated.jsonl");
        ClaimCaseGenerator.main(new String[] {"300", cases.toString(), "11"});
        StringWriter again = new StringWriter();
        new ClaimCaseGenerator(11).write(300, again);

        assertThat(Files.readString(cases, UTF_8)).isEqualTo(again.toString());
        Run run = run("", "--batch", cases.toString());
        assertThat(run.status()).isEqualTo(SettleCommand.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.lines()).hasSize(300);
    }

    @Test
    void summaryTotalsEveryLayerAndEachAssistanceClass() throws IOException {
        String ordinary = SPEC_CASE.replace("\"LOW_INCOME_GUARANTEE\"", "").replace("\n", " ");
        Path batch = file("two.jsonl", SPEC_CASE.replace("\n", " ") + "\n" + ordinary + "\n");

        JsonNode summary = run("", "--batch", batch.toString(), "--summary").json();

        // both: basic 7,950.00; the class-2 child also 2,440.00 assistance; the ordinary person pays 4,050.00
        assertThat(summary.get("cases").asLong()).isEqualTo(2);
        assertThat(summary.get("totals").get("totalCost").asText()).isEqualTo("24000.00");
        assertThat(summary.get("totals").get("basic").asText()).isEqualTo("15900.00");
        assertThat(summary.get("totals").get("assistance").asText()).isEqualTo("2440.00");
        assertThat(summary.get("totals").get("personalPayment").asText()).isEqualTo("5660.00");
        assertThat(summary.get("byAssistanceClass")
                        .get("2")
                        .get("totals")
                        .get("assistance")
                        .asText())
                .isEqualTo("2440.00");
        assertThat(summary.get("byAssistanceClass")
                        .get("none")
                        .get("totals")
                        .get("personalPayment")
                        .asText())
                .isEqualTo("4050.00");
    }

    @Test
    void aSummaryOverManyChunksIsTheSumOfTheCasesOneByOne() throws IOException {
        StringWriter generated = new StringWriter();
        new ClaimCaseGenerator(5).write(3L * SettleCommand.CHUNK_LINES + 10, generated);
        List<String> lines = generated.toString().lines().toList();
        JsonSchemes schemes = new JsonSchemes();
        SettlementSummary expected = new SettlementSummary();
        for (String line : lines) {
            SettlementCase settlementCase = CaseJsonReader.read(Json.MAPPER.readTree(line));
            Scheme scheme = schemes.require(settlementCase.schemeId());
            expected.add(
                    AssistanceClassResolution.classOf(settlementCase.person(), scheme.assistance()),
                    new SettlementEngine(schemes).settle(settlementCase));
        }
        StringWriter out = new StringWriter();
        JsonGenerator json = Json.MAPPER.createGenerator(out);
        expected.write(json);
        json.flush();

        Run run = run("", "--batch", file("many.jsonl", generated.toString()).toString(), "--summary");

        assertThat(run.status()).isEqualTo(SettleCommand.OK);
        assertThat(run.json()).isEqualTo(Json.MAPPER.readTree(out.toString()));
        assertThat(run.json().get("cases").asLong()).isEqualTo(lines.size());
        assertThat(run.json().get("byAssistanceClass").size()).isGreaterThan(2);
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertThat(run("", "--frobnicate").status()).isEqualTo(SettleCommand.USAGE_ERROR);
        assertThat(run("", "--scheme").status()).isEqualTo(SettleCommand.USAGE_ERROR);
        assertThat(run("", "--scheme", "xx-2030").err()).startsWith("未知的待遇政策方案：xx-2030");
        assertThat(run("", dir.resolve("missing.json").toString()).status()).isEqualTo(SettleCommand.USAGE_ERROR);
        assertThat(run("", "a.json", "b.json").status()).isEqualTo(SettleCommand.USAGE_ERROR);
        assertThat(run("", "--help").out()).contains("--batch");
    }

    /** The answers of a batch as settling line after line writes them, through one character writer. */
    private static String oneByOne(List<String> lines) throws IOException {
        StringWriter out = new StringWriter();
        JsonGenerator json = Json.MAPPER.createGenerator(out);
        JsonSchemes schemes = new JsonSchemes();
        for (String line : lines) {
            SettlementCase settlementCase = CaseJsonReader.read(Json.MAPPER.readTree(line));
            AnswerJson.write(new SettlementEngine(schemes).settle(settlementCase), json);
            json.writeRaw('\n');
        }
        json.flush();
        return out.toString();
    }

    @Test
    void batchesLongerThanAChunkKeepTheInputOrderAndStopAtTheFirstInvalidLine() throws IOException {
        StringWriter generated = new StringWriter();
        new ClaimCaseGenerator(7).write(3L * SettleCommand.CHUNK_LINES + 10, generated);
        List<String> lines = generated.toString().lines().toList();
        int invalid = 2 * SettleCommand.CHUNK_LINES + 5; // 0-based: line 2 × chunk + 6, in the third chunk
        List<String> withInvalid = new ArrayList<>(lines);
        withInvalid.set(invalid, INVALID_SECOND_CLAIM.replace("\n", " "));
        withInvalid.set(invalid + 3, "{\"scheme\": ");

        Run all = run(
                "",
                "--batch",
                file("all.jsonl", String.join("\n", lines) + "\n").toString());
        Run stopped = run(
                "",
                "--batch",
                file("stopped.jsonl", String.join("\n", withInvalid) + "\n").toString());

        assertThat(all.status()).isEqualTo(SettleCommand.OK);
        assertThat(all.out()).isEqualTo(oneByOne(lines));
        assertThat(stopped.status()).isEqualTo(SettleCommand.INVALID);
        assertThat(stopped.out()).isEqualTo(oneByOne(lines.subList(0, invalid)));
        assertThat(stopped.err()).isEqualTo("第 " + (invalid + 1) + " 行：费用明细 c2：目录外费用（outOfPolicyCost）不能大于总费用\n");
    }

    @Test
    void claimIdsWithSurrogatesAreAnsweredAsTheCharacterWriterEncodesThem() throws IOException {
        // an emoji (a surrogate pair), an unpaired high and an unpaired low surrogate: the encoder writes '?'
        List<String> lines = List.of(
                SPEC_CASE.replace("\"c1\"", "\"c\\ud83d\\ude00\"").replace("\n", " "),
                SPEC_CASE.replace("\"c1\"", "\"\\ud800x\"").replace("\n", " "),
                SPEC_CASE.replace("\"c1\"", "\"x\\udc00\"").replace("\n", " "),
                SPEC_CASE.replace("\"c1\"", "\"tab\\t\\u0001\\\"\"").replace("\n", " "));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes(oneByOne(lines).getBytes(UTF_8));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = SettleCommand.run(
                new String[] {
                    "--batch", file("ids.jsonl", String.join("\n", lines)).toString()
                },
                new ByteArrayInputStream(new byte[0]),
                out,
                new ByteArrayOutputStream());

        assertThat(status).isEqualTo(SettleCommand.OK);
        assertThat(out.toByteArray()).isEqualTo(expected.toByteArray());
        assertThat(out.toString(UTF_8)).contains("\"id\":\"c\uD83D\uDE00\"", "\"id\":\"?x\"", "\"id\":\"x?\"");
    }

    @Test
    void aCaseWithoutClaimsIsAnsweredWithNoBills() throws IOException {
        Run run = run("""
                {"scheme": "jl-2022", "person": {"categories": [], "birthDate": "1970-01-01"}, "claims": []}""");

        assertThat(run.status()).isEqualTo(SettleCommand.OK);
        assertThat(run.json().get("claims")).isEmpty();
    }
}
