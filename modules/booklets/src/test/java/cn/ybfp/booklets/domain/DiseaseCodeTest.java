package cn.ybfp.booklets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiseaseCodeTest {

    @Test
    void aNationalCodeIsMAndFiveDigits() {
        assertThat(new DiseaseCode("M03900").value()).isEqualTo("M03900");
        assertThat(DiseaseCode.parse(" m07803 ")).contains(new DiseaseCode("M07803"));
    }

    @Test
    void anythingElseIsNotOne() {
        assertThat(DiseaseCode.parse("M0390")).isEmpty();
        assertThat(DiseaseCode.parse("M039000")).isEmpty();
        assertThat(DiseaseCode.parse("I10")).isEmpty(); // an ICD-10 code is not the insurance disease code
        assertThat(DiseaseCode.parse("高血压")).isEmpty();
        assertThat(DiseaseCode.parse(null)).isEmpty();
        assertThatThrownBy(() -> new DiseaseCode("m03900")).isInstanceOf(IllegalArgumentException.class);
    }
}
