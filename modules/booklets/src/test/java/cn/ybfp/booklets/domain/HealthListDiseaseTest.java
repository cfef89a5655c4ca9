package cn.ybfp.booklets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthListDiseaseTest {

    @Test
    void theListsFourNamesAndNationalCodesAreRead() {
        assertThat(HealthListDisease.parse("高血压").orElseThrow().code()).contains("M03900");
        assertThat(HealthListDisease.parse(" 糖尿病 ").orElseThrow().code()).contains("M01600");
        assertThat(HealthListDisease.parse("肺结核").orElseThrow().code()).contains("M00105");
        assertThat(HealthListDisease.parse("m07803").orElseThrow().code()).contains("M07803");
        assertThat(HealthListDisease.parse("感冒")).isEmpty();
        assertThat(HealthListDisease.parse(" ")).isEmpty();
    }

    @Test
    void severeMentalIllnessIsAGroupThatStartsNoRecognitionByItself() {
        var group = HealthListDisease.parse("重性精神病").orElseThrow();
        assertThat(group.codes()).isEqualTo(List.of("M02101", "M02102", "M02103", "M02104", "M02105", "M02106"));
        assertThat(group.code()).isEmpty();
        assertThat(group.reported()).isEqualTo("M021xx");
    }
}
