package cn.ybfp.claims.infrastructure;

import static cn.ybfp.claims.infrastructure.JsonBytesTest.jacksonThroughEncoder;
import static cn.ybfp.claims.infrastructure.JsonBytesTest.string;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link JsonBytes} writes any string as Jackson does through the character encoder, not only the examples. */
class JsonBytesPropertiesTest {

    @Property
    void anyStringIsWrittenAsJacksonThroughTheCharacterEncoder(@ForAll("texts") String text) {
        assertThat(string(text)).isEqualTo(jacksonThroughEncoder(text));
    }

    @Provide
    Arbitrary<String> texts() {
        // ASCII (escapes), Latin, CJK and the surrogate range, so that pairs and unpaired halves both occur
        return Arbitraries.strings()
                .withCharRange('\u0000', '\u00ff')
                .withCharRange('\u4e00', '\u4e10')
                .withCharRange('\ud7fe', '\ue001')
                .ofMaxLength(40);
    }
}
