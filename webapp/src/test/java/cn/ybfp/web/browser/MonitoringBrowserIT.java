package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.Beijing;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Monitoring through the real login, on the demo data: a county clerk settles a claim at 双阳区人民医院 whose personal
 * payment takes 孙桂芝 (易返贫致贫, 平湖街道) over the 返贫 threshold (7,500 yuan), finds the warning raised, pushes it,
 * uploads the departments' feedback that recognises her as 低保对象, applies it, and finds the assistance case opened
 * for her; a readmission five days after a discharge is flagged and the clerk closes the flag with the review; the
 * township sees its person's warning; the province sees the hospital over its out-of-catalogue limit and the county's
 * loop; another county finds neither the warning nor the push (404).
 */
class MonitoringBrowserIT {

    private static final String SUN_GUIZHI = "220112196709180264";

    @Test
    void aCountyPushesAWarningAppliesTheFeedbackAndTheProvinceSeesTheShare() throws Exception {
        LocalDate today = LocalDate.now(Beijing.clock());
        String warningPath;
        String pushPath;
        try (Browser county = new Browser().login("xq-shuangyang")) {
            county.open("/app/claims/new");
            county.type("idNumber", SUN_GUIZHI);
            county.type("id", "MB" + System.nanoTime());
            county.select("institution", "H22011200001"); // 双阳区人民医院, level 2
            county.select("kind", "INPATIENT");
            county.setValue("admissionDate", today.minusDays(12).toString());
            county.setValue("date", today.minusDays(2).toString());
            county.type("totalCost", "30000.00");
            county.type("outOfPolicyCost", "20000.00"); // paid by no layer: the burden is over 7,500 whatever else
            county.click("preview");
            county.click("confirm");
            assertThat(county.text("notice")).isEqualTo("已结算。");

            county.open("/app/monitoring");
            WebElement row = rowOf(county, "孙桂芝");
            assertThat(row.getText()).contains("因病返贫预警", "7,500.00", "新预警，待推送");
            String number = row.findElement(By.tagName("a")).getText();
            warningPath = row.findElement(By.tagName("a")).getDomAttribute("href");
            county.screenshot("monitoring-warning-raised");
            county.click("push");
            assertThat(county.text("notice")).contains("已推送");
            assertThat(rowOf(county, "孙桂芝").getText()).contains("已推送，待反馈");
            pushPath = county.all("#push-rows tbody tr a").get(0).getDomAttribute("href");
            try (var book = new XSSFWorkbook(new ByteArrayInputStream(county.download(pushPath)))) {
                var sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(number);
                assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(SUN_GUIZHI);
            }

            county.open("/app/monitoring/feedback");
            county.type("feedback-file", feedbackFile(number, today).toString());
            county.click("upload-feedback");
            assertThat(county.text("count-RECOGNISED")).isEqualTo("1");
            assertThat(county.text("count-REJECTED")).isEqualTo("1");
            assertThat(county.text("line-3")).contains("预警编号不存在");
            assertThat(county.download(county.path() + "/rejected")).startsWith(new byte[] {'P', 'K'});
            county.click("apply-feedback");
            assertThat(county.text("notice")).contains("反馈已应用");
            county.screenshot("monitoring-feedback-applied");

            county.open(warningPath);
            assertThat(county.text("warning-recognised")).contains("低保对象", "双民发〔2026〕21号");
            county.click("warning-case");
            assertThat(county.pageSource()).contains("孙桂芝", "已申请，待受理", number);
            county.screenshot("monitoring-case-opened");
        }
        try (Browser county = new Browser().login("xq-shuangyang")) {
            // 赵德胜 is admitted again to the same hospital five days after his discharge: a possible split admission
            settle(county, "220112196501200158", today.minusDays(40), today.minusDays(30));
            settle(county, "220112196501200158", today.minusDays(25), today.minusDays(20));
            county.open("/app/monitoring/screens");
            WebElement flag = rowOf(county, "赵德胜");
            assertThat(flag.getText()).contains("疑似分解住院", "第 5 天");
            flag.findElement(By.tagName("a")).click();
            county.select("outcome", "NO_PROBLEM");
            county.type("note", "病情复发，经核实非分解住院");
            county.click("review");
            assertThat(county.text("notice")).contains("已核查办结");
            assertThat(county.text("flag-outcome")).isEqualTo("经核查无问题");
            county.screenshot("monitoring-flag-reviewed");
        }
        try (Browser township = new Browser().login("xz-pinghu")) {
            township.open("/app/monitoring");
            assertThat(rowOf(township, "孙桂芝").getText()).contains("已认定，已转救助");
            assertThat(township.all("#push")).isEmpty(); // the push is the county's
        }
        try (Browser province = new Browser().login("sheng-jianguan")) {
            province.open("/app/monitoring/out-of-catalogue");
            WebElement hospital = rowOf(province, "双阳区人民医院");
            assertThat(hospital.getDomAttribute("class")).contains("overdue"); // over its limit: marked
            assertThat(hospital.getText()).contains("2.00%");
            province.screenshot("monitoring-out-of-catalogue");
            hospital.findElement(By.tagName("a")).click();
            assertThat(province.text("month-rows")).contains(today.minusDays(2).getMonthValue() + " 月");
            province.open("/app/monitoring");
            assertThat(province.text("loop")).contains("双阳区");
            province.screenshot("monitoring-province-loop");
        }
        try (Browser other = new Browser().login("xq-nongan")) {
            other.open(warningPath);
            assertThat(other.text("error-status")).isEqualTo("404");
            Map<String, Object> file = other.get(pushPath);
            assertThat(file.get("status")).isEqualTo(404L);
        }
    }

    /** A county clerk settles an inpatient claim at 双阳区人民医院 on the claim form. */
    private static void settle(Browser county, String idNumber, LocalDate admitted, LocalDate discharged) {
        county.open("/app/claims/new");
        county.type("idNumber", idNumber);
        county.type("id", "MB" + System.nanoTime());
        county.select("institution", "H22011200001");
        county.select("kind", "INPATIENT");
        county.setValue("admissionDate", admitted.toString());
        county.setValue("date", discharged.toString());
        county.type("totalCost", "5000.00");
        county.click("preview");
        county.click("confirm");
        assertThat(county.text("notice")).isEqualTo("已结算。");
    }

    private static WebElement rowOf(Browser browser, String text) {
        return browser.all("table.grid tbody tr").stream()
                .filter(r -> r.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text));
    }

    /** The departments' answer: the warning recognised as 低保对象, and a row naming no warning of the county. */
    private static Path feedbackFile(String number, LocalDate today) throws java.io.IOException {
        Path file = Files.createTempDirectory("feedback").resolve("预警反馈.csv");
        Files.writeString(
                file,
                "预警编号,身份证号,姓名,认定结果,认定类别,认定文号,认定日期,未认定原因\n"
                        + number + "," + SUN_GUIZHI + ",孙桂芝,认定,低保对象,双民发〔2026〕21号," + today + ",\n"
                        + "YJ999999999," + SUN_GUIZHI + ",孙桂芝,不予认定,,,,收入超标\n",
                StandardCharsets.UTF_8);
        return file;
    }
}
