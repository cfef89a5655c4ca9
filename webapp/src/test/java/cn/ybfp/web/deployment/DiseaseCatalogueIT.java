package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.caller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.application.DiseaseCatalogueService;
import cn.ybfp.booklets.application.DiseaseCatalogueService.Entry;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The disease catalogue in the deployed WAR on PostgreSQL: the province makes a catalogue by its first disease,
 * copies it into another year and city, and decides a disease again; a stale form, a taken year, a wrong code or a
 * county as pooling region are refused at their field and change nothing; county and township staff read only.
 */
@ExtendWith(ArquillianExtension.class)
class DiseaseCatalogueIT {

    private static final Caller PROVINCE = caller(Role.PROVINCE_SUPERVISOR, "220000");
    private static final Caller SHUANGYANG = caller(Role.COUNTY_STAFF, "220112");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(DiseaseCatalogueIT.class);
    }

    @Inject
    DiseaseCatalogueService catalogues;

    @Test
    void theProvinceBuildsCopiesAndChangesACatalogueAndNoOneElseCan() {
        String year = String.valueOf(2040 + ThreadLocalRandom.current().nextInt(50));
        catalogues.add(PROVINCE, "220000", year, "M03900", "高血压病", "CHRONIC");
        catalogues.add(PROVINCE, "220000", year, " m07803 ", "慢性肾功能不全（血透治疗）", "SPECIAL");
        assertThat(catalogues.entries("220000", Integer.parseInt(year)))
                .extracting(Entry::code, Entry::kind, Entry::covered)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("M03900", DiseaseKind.CHRONIC, true),
                        org.assertj.core.groups.Tuple.tuple("M07803", DiseaseKind.SPECIAL, true));
        assertThat(catalogues.catalogues()).anySatisfy(c -> {
            assertThat(c.region() + "/" + c.year()).isEqualTo("220000/" + year);
            assertThat(c.regionName()).isEqualTo("吉林省");
            assertThat(c.chronic()).isEqualTo(1);
            assertThat(c.special()).isEqualTo(1);
        });

        refused(() -> catalogues.add(PROVINCE, "220000", year, "I10", "高血压", "CHRONIC"), "code", "病种编码");
        refused(() -> catalogues.add(PROVINCE, "220000", year, "M03900", "高血压病", "CHRONIC"), "code", "已有病种");
        refused(() -> catalogues.add(PROVINCE, "220112", year, "M01600", "糖尿病", "CHRONIC"), "region", "统筹区");
        refused(() -> catalogues.add(PROVINCE, "220000", year, "M01600", " ", "CHRONIC"), "name", "病种名称：不能为空");
        refused(() -> catalogues.add(PROVINCE, "220000", "1999", "M01600", "糖尿病", "CHRONIC"), "year", "年度");

        String next = String.valueOf(Integer.parseInt(year) + 1);
        catalogues.copy(PROVINCE, "220000", Integer.parseInt(year), "220200", next);
        assertThat(catalogues.entries("220200", Integer.parseInt(next))).hasSize(2);
        refused(() -> catalogues.copy(PROVINCE, "220000", Integer.parseInt(year), "220200", next), "year", "已存在");

        Entry dialysis = catalogues.entries("220200", Integer.parseInt(next)).get(1);
        int nextYear = Integer.parseInt(next);
        refused( // an entry is changed only through its own catalogue's page
                () -> catalogues.change(
                        PROVINCE,
                        "220000",
                        Integer.parseInt(year),
                        dialysis.id(),
                        dialysis.version(),
                        "SPECIAL",
                        false),
                null,
                "没有这个病种");
        catalogues.change(PROVINCE, "220200", nextYear, dialysis.id(), dialysis.version(), "SPECIAL", false);
        refused(
                () -> catalogues.change(
                        PROVINCE, "220200", nextYear, dialysis.id(), dialysis.version(), "CHRONIC", true),
                null,
                "已被");
        Entry changed = catalogues.entries("220200", Integer.parseInt(next)).get(1);
        assertThat(changed.covered()).isFalse();
        assertThat(changed.kind()).isEqualTo(DiseaseKind.SPECIAL);
        assertThat(catalogues.entries("220000", Integer.parseInt(year)).get(1).covered())
                .as("the copy's source")
                .isTrue();

        assertThatThrownBy(() -> catalogues.add(SHUANGYANG, "220000", next, "M01600", "糖尿病", "CHRONIC"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> catalogues.change(
                        SHUANGYANG, "220200", nextYear, changed.id(), changed.version(), "CHRONIC", true))
                .isInstanceOf(NotPermittedException.class);
        assertThat(catalogues.entries("220200", Integer.parseInt(next))).hasSize(2);
    }

    private static void refused(Runnable change, String field, String message) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.message(Locale.CHINESE)).contains(message);
        });
    }
}
