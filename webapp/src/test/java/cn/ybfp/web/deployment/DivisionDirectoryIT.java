package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.caller;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.divisions.api.DivisionView;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.Role;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The scoping service inside the deployed WAR on Payara Micro, reading the divisions Flyway loaded into PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class DivisionDirectoryIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(DivisionDirectoryIT.class);
    }

    @Inject
    DivisionDirectory directory;

    @Test
    void aTownshipUserSeesItsTownshipOnly() {
        assertThat(codes(caller(Role.TOWNSHIP_STAFF, "220112002"))).containsExactly("220112002");
    }

    @Test
    void aCountyUserSeesItsCountyAndItsThreeTownships() {
        assertThat(codes(caller(Role.COUNTY_STAFF, "220221")))
                .containsExactly("220221", "220221100", "220221101", "220221102");
    }

    @Test
    void aProvinceSupervisorSeesTheWholeProvince() {
        assertThat(codes(caller(Role.PROVINCE_SUPERVISOR, "220000")))
                .hasSize(19)
                .startsWith("220000", "220100");
    }

    @Test
    void findingADivisionOutsideTheJurisdictionLooksLikeNotFound() {
        Caller county = caller(Role.COUNTY_STAFF, "220112");
        assertThat(directory.find(county, DivisionCode.of("220112100")))
                .map(DivisionView::name)
                .contains("鹿乡镇");
        assertThat(directory.find(county, DivisionCode.of("220122100"))).isEmpty();
        assertThat(directory.find(county, DivisionCode.of("220112999"))).isEmpty();
        assertThat(directory.nameOf(DivisionCode.of("220281"))).isEqualTo("蛟河市");
    }

    private List<String> codes(Caller caller) {
        return directory.visibleTo(caller).stream().map(d -> d.code().value()).toList();
    }
}
