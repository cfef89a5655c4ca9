package cn.ybfp.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void acceptsARoleAtTheLevelOfItsDivision() {
        Caller caller = new Caller("xz-yunshan", "云山街道经办", Role.TOWNSHIP_STAFF, DivisionCode.of("220112001"));
        assertThat(caller.role().roleName()).isEqualTo("township-staff");
    }

    @Test
    void refusesACountyRoleOnATownshipDivisionAndAProvinceRoleOnACity() {
        assertThatThrownBy(() -> new Caller("x", "x", Role.COUNTY_STAFF, DivisionCode.of("220112001")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Caller("x", "x", Role.PROVINCE_SUPERVISOR, DivisionCode.of("220100")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsRolesByTheirKeycloakNames() {
        assertThat(Role.ofRoleName("county-staff")).contains(Role.COUNTY_STAFF);
        assertThat(Role.ofRoleName("admin")).isEmpty();
    }
}
