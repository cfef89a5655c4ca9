package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonTest {

    @Test
    void ageIsWholeYearsOnTheClaimsDate() {
        Person born = person("2008-03-10");

        assertThat(born.ageOn(LocalDate.of(2022, 3, 9))).isEqualTo(13);
        assertThat(born.ageOn(LocalDate.of(2022, 3, 10))).isEqualTo(14);
    }

    @Test
    void aLeapDayChildIsAYearOlderOnTheFirstOfMarch() {
        Person leapDay = person("2012-02-29");

        assertThat(leapDay.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(13);
        assertThat(leapDay.ageOn(LocalDate.of(2026, 3, 1))).isEqualTo(14);
    }

    @Test
    void needsABirthDate() {
        assertThatThrownBy(() -> new Person(Set.of(), null)).hasMessage("参保人：出生日期（birthDate）不能为空");
    }
}
