package cn.ybfp.divisions;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.Role;
import org.junit.jupiter.api.Test;

class JurisdictionTest {

    @Test
    void aTownshipUserSeesOnlyTheTownship() {
        Jurisdiction j = Jurisdiction.of(caller(Role.TOWNSHIP_STAFF, "220112001"));
        assertThat(j.contains(DivisionCode.of("220112001"))).isTrue();
        assertThat(j.contains(DivisionCode.of("220112002"))).isFalse();
        assertThat(j.contains(DivisionCode.of("220112"))).isFalse();
        assertThat(j.likePattern()).isEqualTo("220112001%");
    }

    @Test
    void aCountyUserSeesTheCountyAndItsTownshipsOnly() {
        Jurisdiction j = Jurisdiction.of(caller(Role.COUNTY_STAFF, "220112"));
        assertThat(j.contains(DivisionCode.of("220112"))).isTrue();
        assertThat(j.contains(DivisionCode.of("220112100"))).isTrue();
        assertThat(j.contains(DivisionCode.of("220122100"))).isFalse();
        assertThat(j.contains(DivisionCode.of("220100"))).isFalse();
    }

    @Test
    void aProvinceSupervisorSeesTheWholeProvinceButNoOther() {
        Jurisdiction j = Jurisdiction.of(caller(Role.PROVINCE_SUPERVISOR, "220000"));
        assertThat(j.contains(DivisionCode.of("220281101"))).isTrue();
        assertThat(j.contains(DivisionCode.of("210000"))).isFalse();
        assertThat(j.likePattern()).isEqualTo("22%");
    }

    private static Caller caller(Role role, String division) {
        return new Caller("u", "u", role, DivisionCode.of(division));
    }
}
