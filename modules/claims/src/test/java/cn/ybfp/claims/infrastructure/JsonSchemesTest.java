package cn.ybfp.claims.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.claims.domain.Scheme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonSchemesTest {

    private final JsonSchemes schemes = new JsonSchemes();

    @Test
    void loadsTheDemoSchemesWithEveryValueOfTheSpecification() {
        Scheme jilin = schemes.require("jl-2022");
        Scheme shandong = schemes.require("sd-2019");

        assertThat(jilin.basic().inpatient().levels().get(3).deductible()).isEqualByComparingTo("800");
        assertThat(jilin.assistance().classes().get(4).deductible()).isEqualByComparingTo("7500");
        assertThat(jilin.tiltedAssistance().classes()).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(jilin.reassistance()).isNull();
        assertThat(shandong.criticalIllness().preferential().table().segments()).hasSize(3);
        assertThat(shandong.pkuSpecialFood().adults().yearlyCap()).isEqualByComparingTo("12000");
        assertThat(shandong.tiltedAssistance()).isNull();
        assertThat(jilin.basic().outpatientSpecial())
                .isEqualTo(new Scheme.OutpatientSpecial(new BigDecimal("400.00"), new BigDecimal("0.70")));
        assertThat(shandong.basic().outpatientSpecial())
                .isEqualTo(new Scheme.OutpatientSpecial(new BigDecimal("600.00"), new BigDecimal("0.65")));
    }

    @Test
    void unknownOrMalformedIdsFindNothing() {
        assertThat(schemes.find("xx-2030")).isEmpty();
        assertThat(schemes.find("../schemes/jl-2022")).isEmpty();
        assertThat(schemes.find(null)).isEmpty();
    }

    @Test
    void refusesValuesOutsideTheirBoundsAndUnknownFields() throws IOException {
        String jilin;
        try (InputStream in = JsonSchemes.class.getResourceAsStream("/schemes/jl-2022.json")) {
            jilin = new String(in.readAllBytes(), UTF_8);
        }
        String ratioAboveOne = jilin.replace("\"ratio\": \"0.85\"", "\"ratio\": \"1.85\"");
        String misspelt = jilin.replace("\"yearlyLimit\": \"50000.00\"", "\"yearlyLimt\": \"50000.00\"");
        String extra = jilin.replace("\"yearlyLimit\": \"50000.00\"", "\"yearlyLimit\": \"50000.00\", \"note\": \"x\"");

        assertThat(JsonSchemes.parse(stream(jilin))
                        .assistance()
                        .classes()
                        .get(1)
                        .yearlyLimit())
                .isEqualTo(new BigDecimal("50000.00"));
        assertThatThrownBy(() -> JsonSchemes.parse(stream(ratioAboveOne))).hasMessageContaining("ratio");
        assertThatThrownBy(() -> JsonSchemes.parse(stream(misspelt))).hasMessageContaining("missing: yearlyLimit");
        assertThatThrownBy(() -> JsonSchemes.parse(stream(extra))).hasMessageContaining("\"note\"");
        String withoutSpecial =
                jilin.replace(",\n    \"outpatientSpecial\": { \"deductible\": \"400.00\", \"ratio\": \"0.70\" }", "");
        assertThat(withoutSpecial).isNotEqualTo(jilin);
        assertThatThrownBy(() -> JsonSchemes.parse(stream(withoutSpecial)))
                .hasMessageContaining("missing: outpatientSpecial");
        String specialRatioAboveOne = jilin.replace("\"ratio\": \"0.70\" }", "\"ratio\": \"7.0\" }");
        assertThatThrownBy(() -> JsonSchemes.parse(stream(specialRatioAboveOne)))
                .hasMessageContaining("ratio");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(UTF_8));
    }
}
