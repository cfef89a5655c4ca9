package cn.ybfp.institutions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.institutions.api.Institution;
import cn.ybfp.kernel.DivisionCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InstitutionTest {

    private static Institution institution(boolean assistance, LocalDate to) {
        return new Institution(
                "H22011200005",
                "双阳区康宁医院",
                1,
                DivisionCode.of("220112"),
                assistance,
                LocalDate.of(2024, 1, 1),
                to,
                null);
    }

    @Test
    void assistanceIsPaidOnlyAtAnInstitutionDesignatedForItWithinItsAgreement() {
        var ended = institution(true, LocalDate.of(2025, 12, 31));
        assertThat(ended.designatedForAssistanceOn(LocalDate.of(2024, 1, 1))).isTrue(); // first day
        assertThat(ended.designatedForAssistanceOn(LocalDate.of(2025, 12, 31))).isTrue(); // last day
        assertThat(ended.designatedForAssistanceOn(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(ended.designatedForAssistanceOn(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(institution(true, null).designatedForAssistanceOn(LocalDate.of(2040, 1, 1)))
                .isTrue();
        assertThat(institution(false, null).designatedForAssistanceOn(LocalDate.of(2026, 1, 1)))
                .isFalse();
        assertThat(institution(false, null).inAgreementOn(LocalDate.of(2026, 1, 1)))
                .isTrue();
    }

    @Test
    void theCodeIsHTheCountyAndASerial() {
        assertThat(InstitutionCode.isValid("H22011200001")).isTrue();
        assertThat(InstitutionCode.county("H22011200001")).isEqualTo("220112");
        assertThat(InstitutionCode.isValid("h22011200001")).isFalse();
        assertThat(InstitutionCode.isValid("H2201120000")).isFalse();
        assertThat(InstitutionCode.isValid("H220112000012")).isFalse();
        assertThat(InstitutionCode.isValid(null)).isFalse();
    }
}
