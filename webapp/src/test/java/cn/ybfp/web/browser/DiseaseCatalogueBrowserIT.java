package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The province supervisor copies the demo's 2026 catalogue of Jilin into another year, is told which field is wrong,
 * makes a disease of the copy special and not covered; a county and a township clerk read the catalogues and may
 * change nothing.
 */
class DiseaseCatalogueBrowserIT {

    @Test
    void theProvinceCopiesACatalogueAndDecidesADiseaseAgain() {
        String year = String.valueOf(2040 + ThreadLocalRandom.current().nextInt(50));
        try (Browser province = new Browser().login("sheng-jianguan")) {
            province.open("/app/booklets/catalogue");
            assertThat(province.text("catalogues")).contains("吉林省（220000）", "2026");
            province.select("copy-from", "220000/2026");
            province.type("copy-region", "220112"); // a county is no pooling region
            province.type("copy-year", year);
            province.click("copy-catalogue");
            assertThat(province.text("form-error")).contains("统筹区", "220112");
            province.type("copy-region", "220200");
            province.click("copy-catalogue");
            assertThat(province.text("notice")).isEqualTo("新目录已复制生成。");
            assertThat(province.text("entries")).contains("M03900", "高血压病", "M07803", "门诊特殊疾病");
            province.select("kind-M01600", "SPECIAL");
            province.click("covered-M01600");
            province.click("save-M01600");
            assertThat(province.text("notice")).isEqualTo("病种已修改。");
            assertThat(province.value("kind-M01600")).isEqualTo("SPECIAL");
            assertThat(province.all("#covered-M01600:checked")).isEmpty();
            assertThat(province.text("entry-M01600")).contains("sheng-jianguan");
            province.screenshot("disease-catalogue-province");
        }
        try (Browser county = new Browser().login("xq-shuangyang")) {
            county.open("/app/booklets/catalogue");
            assertThat(county.text("catalogues")).contains("吉林省（220000）", "18", "12");
            assertThat(county.all("#copy-form, #new-form")).isEmpty();
            county.screenshot("disease-catalogue-county");
        }
        try (Browser township = new Browser().login("xz-yunshan")) {
            township.open("/app/booklets/catalogue/220000/2026");
            assertThat(township.text("catalogue-title")).isEqualTo("病种目录 220000 · 2026 年度");
            assertThat(township.text("entry-M03900")).contains("高血压病", "门诊慢性病", "是");
            assertThat(township.all("form[id^='change-'], #add-form")).isEmpty();
            var forged = township.post(
                    "/app/booklets/catalogue/entries",
                    Map.of("region", "220000", "year", "2026", "code", "M99999", "name", "伪造", "kind", "CHRONIC"));
            assertThat((Long) forged.get("status")).isEqualTo(403L);
            township.screenshot("disease-catalogue-township");
        }
    }
}
