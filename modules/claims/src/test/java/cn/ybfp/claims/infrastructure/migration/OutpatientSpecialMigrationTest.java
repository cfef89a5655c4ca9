package cn.ybfp.claims.infrastructure.migration;

import static cn.ybfp.claims.infrastructure.migration.V2026_12_06_20__Outpatient_special_disease.JILIN;
import static cn.ybfp.claims.infrastructure.migration.V2026_12_06_20__Outpatient_special_disease.SHANDONG;
import static cn.ybfp.claims.infrastructure.migration.V2026_12_06_20__Outpatient_special_disease.hasOutpatientSpecial;
import static cn.ybfp.claims.infrastructure.migration.V2026_12_06_20__Outpatient_special_disease.valuesFor;
import static cn.ybfp.claims.infrastructure.migration.V2026_12_06_20__Outpatient_special_disease.withOutpatientSpecial;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.infrastructure.JsonSchemes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schemes stored before outpatient special diseases gain {@code basic.outpatientSpecial}, and nothing else of
 * their text changes; which values each gets.
 */
class OutpatientSpecialMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The member as the shipped files have it since this migration. */
    private static String member(String deductible, String ratio) {
        return ",\n    \"outpatientSpecial\": { \"deductible\": \"" + deductible + "\", \"ratio\": \"" + ratio + "\" }";
    }

    @Test
    void aShippedSchemeAsItWasStoredBecomesTheShippedFileAsItIsNow() {
        for (var shipped : Map.of("jl-2022", JILIN, "sd-2019", SHANDONG).entrySet()) {
            String now = read(shipped.getKey());
            String before = now.replace(
                    member(shipped.getValue().deductible(), shipped.getValue().ratio()), "");
            assertThat(before).isNotEqualTo(now);
            assertThat(hasOutpatientSpecial(before)).isFalse();

            assertThat(withOutpatientSpecial(before, shipped.getValue())).isEqualTo(now);
            assertThat(hasOutpatientSpecial(now)).isTrue();
        }
    }

    @Test
    void aSchemeWrittenByTheProvincesFormKeepsItsTextAndParses() throws IOException {
        // the form writes definitions with Jackson's default pretty printer: "key" : value, objects on many lines
        String before = JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(withoutSpecial(JSON.readTree(read("sd-2019"))));

        String after = withOutpatientSpecial(before, SHANDONG);

        String inserted = ",\n    \"outpatientSpecial\" : { \"deductible\" : \"600.00\", \"ratio\" : \"0.65\" }";
        assertThat(after).contains(inserted);
        assertThat(after.replace(inserted, "")).isEqualTo(before);
        assertThat(parse(after).basic()).isEqualTo(parse(read("sd-2019")).basic());
    }

    @Test
    void aOneLineDefinitionGetsTheMemberOnTheSameLine() throws IOException {
        JsonNode original = JSON.readTree(read("jl-2022"));
        String before = JSON.writeValueAsString(withoutSpecial(original));

        String after = withOutpatientSpecial(before, JILIN);

        assertThat(after).doesNotContain("\n").contains("}, \"outpatientSpecial\":{ \"deductible\":\"400.00\"");
        assertThat(JSON.readTree(after)).isEqualTo(original);
    }

    @Test
    void theMemberGoesAfterTheLastMemberOfBasicWhateverItIs() throws IOException {
        String before = """
                {"id": "x-2030", "basic": {
                  "outpatientChronic": { "ratio": "0.60", "yearlyCap": "5000.00" },
                  "note": "a string with } and \\" in it"
                }, "other": {"basic": 1}}""";

        JsonNode after = JSON.readTree(withOutpatientSpecial(before, JILIN));

        assertThat(after.get("basic").get("note").asText()).isEqualTo("a string with } and \" in it");
        assertThat(after.get("basic").get("outpatientSpecial").get("deductible").asText())
                .isEqualTo("400.00");
        assertThat(after.get("other")).isEqualTo(JSON.readTree("{\"basic\": 1}"));
    }

    @Test
    void eachSchemeTakesTheValuesOfTheDemoSchemeItDescendsFromOrOfItsProvince() {
        Map<String, String> copiedFrom = Map.of(
                "jl-2026", "jl-2022",
                "jl-2027", "jl-2026",
                "sd-copy", "sd-2019",
                "loop-a", "loop-b",
                "loop-b", "loop-a");

        assertThat(valuesFor("jl-2022", "220000", copiedFrom)).isEqualTo(JILIN);
        assertThat(valuesFor("sd-2019", "370000", copiedFrom)).isEqualTo(SHANDONG);
        assertThat(valuesFor("jl-2027", "220100", copiedFrom)).isEqualTo(JILIN);
        // Shandong's values copied into a Jilin region stay Shandong's: the copy's parameters are Shandong's
        assertThat(valuesFor("sd-copy", "220100", copiedFrom)).isEqualTo(SHANDONG);
        // no demo scheme among its ancestors: its province decides
        assertThat(valuesFor("loop-a", "370200", copiedFrom)).isEqualTo(SHANDONG);
        assertThat(valuesFor("orphan", "220000", copiedFrom)).isEqualTo(JILIN);
        assertThatThrownBy(() -> valuesFor("bj-2030", "110000", copiedFrom))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bj-2030");
    }

    private static ObjectNode withoutSpecial(JsonNode scheme) {
        ObjectNode copy = scheme.deepCopy();
        ((ObjectNode) copy.get("basic")).remove("outpatientSpecial");
        return copy;
    }

    private static Scheme parse(String definition) throws IOException {
        return JsonSchemes.parse(new ByteArrayInputStream(definition.getBytes(StandardCharsets.UTF_8)));
    }

    private static String read(String id) {
        try (InputStream in = OutpatientSpecialMigrationTest.class.getResourceAsStream("/schemes/" + id + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
