package cn.ybfp.claims.infrastructure;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.domain.Claim;
import cn.ybfp.claims.domain.SettlementCase;
import cn.ybfp.claims.domain.SettlementEngine;
import cn.ybfp.kernel.Money;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonBytes} writes what the command wrote before it, with Jackson: the compact generator writing characters
 * through an {@code OutputStreamWriter} (unpaired surrogates become '?'), or straight UTF-8 when there is none.
 */
class JsonBytesTest {

    private static final List<String> TEXTS = List.of(
            "",
            "c1",
            "q\"uote",
            "back\\slash",
            "/<>&'",
            "\u007f",
            "\b\t\n\f\r",
            "\u0000\u0001\u001f",
            "é ü ß",
            "基本医保（住院）：支付 1,234.56 元",
            "\u2028\u2029\ufeff\uffff",
            "emoji \ud83d\ude00 pair",
            "lone high \ud800 x",
            "lone low \udc00",
            "high at end \ud83d",
            "\ud800\ud800\udc00",
            "\udc00\ud800",
            "\"\\\u0007中\ud83d\ude00\ud800");

    @Test
    void stringsAreEscapedAndEncodedAsJacksonThroughTheCharacterEncoder() {
        StringBuilder everyControl = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            everyControl.append(c);
        }
        List<String> texts = new ArrayList<>(TEXTS);
        texts.add(everyControl.toString());
        texts.add("长".repeat(1000)); // longer than the first character buffer
        for (String text : texts) {
            assertThat(string(text)).as(text).isEqualTo(jacksonThroughEncoder(text));
        }
    }

    @Test
    void stringsWithoutSurrogatesAreTheBytesOfJacksonsUtf8Generator() {
        for (String text : TEXTS) {
            if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
                assertThat(string(text)).as(text).isEqualTo(jacksonUtf8(text));
            }
        }
    }

    @Test
    void amountsAreThePlainFormQuoted() {
        for (String amount : List.of(
                "0",
                "0.00",
                "0.004",
                "0.005",
                "0.125",
                "1",
                "9.995",
                "12000",
                "7950.000",
                "-0.05",
                "-1234.565",
                "92233720368547758.07",
                "999999999999999999.99",
                "123456789012345678901.235")) {
            JsonBytes out = new JsonBytes(0);
            out.amount(new BigDecimal(amount));
            assertThat(bytes(out)).as(amount).isEqualTo("\"" + Money.plain(new BigDecimal(amount)) + "\"");
        }
    }

    @Test
    void answersAreTheBytesOfTheCompactGenerator() throws IOException {
        SettlementEngine engine = new SettlementEngine(new JsonSchemes());
        for (SettlementCase settlementCase : BenchSupport.cases(2_000, BenchSupport.DEFAULT_SEED)) {
            assertAnswerAsJackson(engine.settle(settlementCase));
        }
        SettlementCase oddIds = BenchSupport.cases(3, 7).get(0);
        List<Claim> renamed = new ArrayList<>();
        for (Claim claim : oddIds.claims()) {
            renamed.add(new Claim(
                    "\"\\\n\ud800" + renamed.size() + "\ud83d\ude00",
                    claim.kind(),
                    claim.date(),
                    claim.hospitalLevel(),
                    claim.referral(),
                    claim.outOfProvince(),
                    claim.totalCost(),
                    claim.outOfPolicyCost(),
                    claim.hospitalReduction(),
                    claim.supplementaryInsurance(),
                    claim.disease(),
                    claim.admissionDate()));
        }
        assertAnswerAsJackson(engine.settle(new SettlementCase(oddIds.schemeId(), oddIds.person(), renamed)));
        assertAnswerAsJackson(List.of());
    }

    private static void assertAnswerAsJackson(List<Bill> bills) throws IOException {
        JsonBytes out = new JsonBytes(0);
        AnswerJson.write(bills, out);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.MAPPER.createGenerator(new OutputStreamWriter(expected, UTF_8))) {
            AnswerJson.write(bills, json);
        }
        assertThat(bytes(out)).isEqualTo(expected.toString(ISO_8859_1));
    }

    static String string(String text) {
        JsonBytes out = new JsonBytes(0);
        out.string(text);
        return bytes(out);
    }

    /** The bytes as ISO-8859-1 characters: compared one for one, whatever they encode. */
    private static String bytes(JsonBytes out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            out.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(ISO_8859_1);
    }

    static String jacksonThroughEncoder(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.MAPPER.createGenerator(new OutputStreamWriter(bytes, UTF_8))) {
            json.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(ISO_8859_1);
    }

    private static String jacksonUtf8(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.MAPPER.createGenerator(bytes, JsonEncoding.UTF8)) {
            json.writeString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(ISO_8859_1);
    }
}
