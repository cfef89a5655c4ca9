package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Booklets through the real login: a township clerk starts a recognition for 王秀兰 with her scanned diagnosis,
 * another county clerk recognises it and prints the booklet; the province draws January's audit, which picks the
 * demo's one January booklet (李建国's), and records a favour-card finding that withdraws it; the hospital API, which
 * settled a chronic claim on that booklet a moment before, then refuses the next one, naming the disease.
 */
class BookletsBrowserIT {

    private static final String KEYCLOAK = System.getProperty("keycloak.url", "http://127.0.0.1:8181");
    private static final String SHUANGYANG_SECRET = System.getProperty("hospital.secret.shuangyang", "");
    private static final String LI_JIANGUO = "220112197808050312";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aRecognitionBecomesABookletAndAFavourCardFindingStopsItsClaims() throws Exception {
        String recognition;
        try (Browser township = new Browser().login("xz-yunshan")) {
            township.open("/app/register/people/1");
            township.click("start-recognition-link");
            assertThat(township.text("recognition-new")).contains("王秀兰");
            township.type("disease", "M01600");
            township.type("hospital", "长春市双阳区医院");
            township.type("doctor", "王立新");
            township.setValue("diagnosedOn", today().minusDays(5).toString());
            township.type("evidence", scan().toString());
            township.click("start-recognition");
            assertThat(township.text("notice")).contains("认定申请已提交");
            assertThat(township.text("status")).isEqualTo("待认定");
            assertThat(township.all("#recognise")).isEmpty(); // a township may not recognise
            recognition = township.path();
            township.screenshot("booklet-recognition-started");
        }
        try (Browser county = new Browser().login("xq-shuangyang-mz")) {
            county.open(recognition);
            assertThat(county.text("disease")).contains("M01600", "糖尿病", "门诊慢性病");
            county.click("recognise");
            assertThat(county.text("notice")).isEqualTo("已认定，病种已载入手册。");
            assertThat(county.text("booklet-number")).startsWith("门诊慢特病手册 220112" + today().getYear());
            assertThat(county.text("booklet-diseases")).contains("M01600", "糖尿病");
            county.click("print-link");
            assertThat(county.text("sticker")).contains("王秀兰", "糖尿病");
            county.screenshot("booklet-print");
        }

        String token = ClientCredentials.token(KEYCLOAK, "hospital-shuangyang", SHUANGYANG_SECRET);
        var settled = settle(token, "M03900");
        assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
        assertThat(settled.body()).contains("2201122026000001", "高血压病");

        try (Browser province = new Browser().login("sheng-jianguan")) {
            province.open("/app/booklets/audits");
            province.setValue("draw-month", "2026-01");
            province.click("draw");
            assertThat(province.text("notice")).contains("已抽取");
            province.open("/app/booklets/audits");
            province.click("draw-220112-2026-01");
            assertThat(province.text("drawn-count")).isEqualTo("1");
            var review = "#review-2201122026000001 ";
            province.all(review + "select[name=finding]").get(0).sendKeys("人情卡");
            province.all(review + "select[name=responsible]").get(0).sendKeys("医务人员");
            province.all(review + "select[name=action]").get(0).sendKeys("依纪依规处理");
            province.all(review + "input[name=note]").get(0).sendKeys("诊断证明与门诊病历不符");
            province.all(review + "button").get(0).click();
            assertThat(province.text("notice")).isEqualTo("复核已记录。");
            assertThat(province.text("drawn-2201122026000001")).contains("人情卡", "医务人员", "sheng-jianguan");
            province.screenshot("booklet-audit-finding");
            province.open("/app/booklets/1");
            assertThat(province.text("booklet-status")).contains("已撤销", "抽审查实");
            assertThat(province.text("recovery-note")).contains("追回");
            assertThat(province.text("booklet-claims")).contains("M03900 高血压病", "320.00");
            province.screenshot("booklet-withdrawn");
        }

        var refused = settle(token, "M03900");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("病种", "M03900", "没有");
    }

    @Test
    void aCountyUploadsTheHealthListAndAnotherClerkDecidesItsPatients() throws Exception {
        Path list = Files.createTempDirectory("health").resolve("卫健慢病名单.csv");
        Files.writeString(
                list,
                "身份证号,姓名,疾病,诊断机构,诊断日期\n"
                        + "220112198002120427,张丽,高血压,长春市双阳区医院,2026-10-12\n"
                        + "220112196501200158,赵德胜,糖尿病,双阳区平湖卫生院,2026-09-03\n"
                        + "220112200001011234,查无此人,肺结核,长春市双阳区医院,2026-08-01\n",
                java.nio.charset.Charset.forName("GBK"));
        String page;
        try (Browser county = new Browser().login("xq-shuangyang")) {
            county.open("/app/booklets");
            county.click("health-lists-link");
            county.type("health-list-file", list.toString());
            county.click("upload-health-list");
            assertThat(county.text("count-ELIGIBLE")).isEqualTo("2");
            assertThat(county.text("count-BAD_ROW")).isEqualTo("1"); // the made-up ID number fails its check digit
            county.click("apply-health-list");
            assertThat(county.text("notice")).contains("名单已应用");
            page = county.path();
            county.screenshot("health-list-applied");
        }
        try (Browser other = new Browser().login("xq-shuangyang-mz")) {
            other.open(page);
            other.all("#line-2 a").get(0).click();
            other.click("recognise");
            assertThat(other.text("notice")).isEqualTo("已认定，病种已载入手册。");
            other.open(page);
            other.all("#line-3 a").get(0).click();
            other.click("drug-cover");
            assertThat(other.text("notice")).isEqualTo("已给予用药保障标识。");
            other.open(page);
            assertThat(other.text("reconcile-M03900")).contains("是");
            assertThat(other.text("reconcile-M01600")).contains("是");
            assertThat(other.text("line-2")).contains("已认定");
            assertThat(other.text("line-3")).contains("用药保障标识");
            other.screenshot("health-list-reconciled");
            assertThat(other.download(page + "/feedback.xlsx")).startsWith(new byte[] {'P', 'K'});
        }
    }

    /** Today in Beijing, as the portal counts days: after 16:00 UTC it is already tomorrow there. */
    private static LocalDate today() {
        return LocalDate.now(cn.ybfp.kernel.Beijing.clock());
    }

    /** A chronic outpatient claim of today for 李建国 through the hospital API. */
    private HttpResponse<String> settle(String token, String disease) throws Exception {
        String body =
                """
                {"idNumber": "%s", "claims": [{"id": "%s", "kind": "OUTPATIENT_CHRONIC", "date": "%s",
                 "disease": "%s", "totalCost": "320.00"}]}""".formatted(LI_JIANGUO, "MB" + UUID.randomUUID().toString().substring(0, 8), today(), disease);
        return http.send(HospitalRequests.post("/api/settlements", token, body), HttpResponse.BodyHandlers.ofString());
    }

    private static Path scan() throws Exception {
        Path file = Files.createTempDirectory("scan").resolve("诊断证明.pdf");
        Files.writeString(file, "%PDF-1.4\n% a scan\n%%EOF\n");
        return file;
    }
}
