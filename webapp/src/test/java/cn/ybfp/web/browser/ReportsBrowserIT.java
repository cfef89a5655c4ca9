package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.Beijing;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Province supervision through the real login, on the demo data: a county clerk settles a claim of the last quarter,
 * opens the quarter's report with its charts and submits it; the province finds it waiting on its home page, sees the
 * charts, returns it with a reason; the county reads the reason and submits round 2, which the province accepts and
 * exports. The province draws a sample of the county's quarter, records a problem on 王秀兰's bill; the county answers
 * the ledger item with evidence, the province closes it and re-checks it; the audit viewer shows who did each step
 * and who read whose record. A township is refused all of it (403) and another county finds none of it (404).
 */
class ReportsBrowserIT {

    private static final String WANG_XIULAN = "220112195203140228";

    @Test
    void aCountySubmitsItsQuarterAndTheProvinceReturnsThenAcceptsIt() {
        LocalDate today = LocalDate.now(Beijing.clock());
        YearMonth lastMonthOfQuarter = YearMonth.from(today.minusMonths((today.getMonthValue() - 1) % 3 + 1));
        String quarter = lastMonthOfQuarter.getYear() + "-Q" + (lastMonthOfQuarter.getMonthValue() / 3);
        LocalDate discharged = lastMonthOfQuarter.atEndOfMonth(); // inside the re-check's three months too
        try (Browser county = new Browser().login("xq-shuangyang")) {
            settle(county, WANG_XIULAN, discharged.minusDays(6), discharged); // 王秀兰, 特困
            county.open("/app/");
            assertThat(county.text("home-reports")).contains(quarter);
            county.open("/app/supervision/reports");
            assertThat(county.text("report-period")).isEqualTo(quarter);
            assertThat(Integer.parseInt(cell(county, "CLAIMS", 1).replace(",", "")))
                    .isPositive();
            chartsDrawn(county);
            county.click("report-submit");
            assertThat(county.text("notice")).contains("已报送");
            assertThat(county.text("round-rows")).contains("已报送，待省级审核", "xq-shuangyang");
            county.screenshot("reports-county-submitted");
        }
        String roundId;
        try (Browser province = new Browser().login("sheng-jianguan")) {
            province.open("/app/");
            assertThat(province.text("reports-awaiting")).contains(quarter, "待审核"); // with the demo's 永吉县
            province.open("/app/supervision/reports?period=" + quarter);
            chartsDrawn(province);
            assertThat(province.text("report-form")).contains("双阳区", "农安县", "基本医保覆盖率");
            province.screenshot("reports-province-quarter");
            province.script("document.querySelector('.charts').scrollIntoView()");
            province.screenshot("reports-province-charts");
            province.script("document.getElementById('report-form').scrollIntoView()");
            province.screenshot("reports-province-form");
            WebElement comment = province.all("input[name=comment]").get(0);
            roundId = comment.getDomAttribute("id").substring("comment-".length());
            province.click("return-" + roundId);
            assertThat(province.text("form-error")).contains("退回意见"); // no reason: refused, nothing changed
            province.type("comment-" + roundId, "结算人次与台账不符，请核实后重报");
            province.click("return-" + roundId);
            assertThat(province.text("notice")).contains("已退回");
        }
        try (Browser county = new Browser().login("xq-shuangyang")) {
            county.open("/app/supervision/reports?period=" + quarter);
            assertThat(county.text("round-" + roundId)).contains("已退回", "结算人次与台账不符");
            county.click("report-submit");
            assertThat(county.text("notice")).contains("已报送");
        }
        try (Browser province = new Browser().login("sheng-jianguan")) {
            province.open("/app/supervision/reports?period=" + quarter);
            String second = province.all("input[name=comment]")
                    .get(0)
                    .getDomAttribute("id")
                    .substring(8);
            province.click("accept-" + second);
            assertThat(province.text("round-" + second)).contains("已审核通过", "sheng-jianguan");
            assertThat(province.download("/app/supervision/reports/export?period=" + quarter))
                    .startsWith(new byte[] {'P', 'K'});
            province.screenshot("reports-province-accepted");
        }
        String itemPath;
        try (Browser province = new Browser().login("sheng-jianguan")) {
            // a sample of 双阳区's quarter, the largest first: 王秀兰's bill is in it
            province.open("/app/supervision/samples");
            province.select("county", "220112");
            province.setValue("from", lastMonthOfQuarter.minusMonths(2).atDay(1).toString());
            province.setValue("to", lastMonthOfQuarter.atEndOfMonth().toString());
            province.select("method", "LARGEST");
            province.click("draw");
            WebElement bill = province.all("#item-rows tbody tr").stream()
                    .filter(r -> r.getText().contains("王秀兰"))
                    .findFirst()
                    .orElseThrow();
            String item = bill.getDomAttribute("id").substring("item-".length());
            province.select("finding-" + item, "PROBLEM");
            province.click("find-" + item);
            assertThat(province.text("form-error")).contains("政策条款"); // a problem needs its clause
            province.select("finding-" + item, "PROBLEM");
            province.type("clause-" + item, "吉政办发〔2022〕16号 四（五）");
            province.type("note-" + item, "特困人员住院救助未按 100% 比例支付");
            province.type("owner-" + item, "双阳区医保局待遇保障科");
            province.click("find-" + item);
            province.screenshot("supervision-sample-problem");
            province.click("ledger-of-" + item);
            itemPath = province.path();
            assertThat(province.text("item-status")).isEqualTo("待整改");
            assertThat(province.text("item-problem")).contains("特困人员住院救助");
        }
        try (Browser county = new Browser().login("xq-shuangyang")) {
            county.open("/app/");
            assertThat(county.text("ledger-open")).contains("待整改"); // with the demo province's own items
            county.open(itemPath);
            county.type("answer", "已补付救助金并对经办人员开展培训");
            county.type("evidence-file", evidence().toString());
            county.click("answer-item");
            assertThat(county.text("notice")).contains("已提交");
            assertThat(county.text("item-evidence")).contains("整改佐证.pdf");
            assertThat(county.all("#close-item")).isEmpty(); // only the province closes an item
        }
        try (Browser province = new Browser().login("sheng-jianguan")) {
            province.open(itemPath);
            province.click("close-item");
            assertThat(province.text("item-status")).isEqualTo("已整改销号");
            province.screenshot("supervision-ledger-closed");
            province.click("recheck-item"); // 回头看: a new sample of the county's recent bills
            assertThat(province.text("sample")).contains("回头看", "双阳区");
            province.open("/app/supervision/ledger?month=" + today.toString().substring(0, 7));
            assertThat(province.text("ledger-rows")).contains("已整改销号", "双阳区医保局待遇保障科");
            assertThat(province.download("/app/supervision/ledger/export")).startsWith(new byte[] {'P', 'K'});

            // the audit viewer shows who did each step, and who read whose record
            province.open("/app/register/people/1"); // 王秀兰: a supervisor's view is recorded
            province.open("/app/supervision/audit");
            province.type("username", "sheng-jianguan");
            province.click("audit-search");
            assertThat(province.text("change-rows"))
                    .contains("季度统计报表", "SUBMITTED", "RETURNED", "ACCEPTED", "抽查记录", "PROBLEM", "问题清单", "CLOSED");
            assertThat(province.text("read-rows")).contains("统计报表 " + quarter, "王秀兰");
            province.open("/app/supervision/audit");
            province.type("idNumber", WANG_XIULAN);
            province.click("audit-search");
            assertThat(province.url()).doesNotContain(WANG_XIULAN);
            assertThat(province.text("read-rows")).contains("查看：参保台账", "sheng-jianguan");
            assertThat(province.text("read-rows") + province.text("change-rows"))
                    .doesNotContain(WANG_XIULAN.substring(6, 14)); // masked in every row
            province.open("/app/supervision/audit");
            province.type("username", "xq-shuangyang");
            province.click("audit-search");
            assertThat(province.text("change-rows")).contains("xq-shuangyang", "季度统计报表", "问题清单", "ANSWERED");
            province.screenshot("reports-audit-viewer");
        }
        try (Browser township = new Browser().login("xz-yunshan")) {
            township.open("/app/supervision/reports");
            assertThat(township.text("error-status")).isEqualTo("403");
            township.open("/app/supervision/audit");
            assertThat(township.text("error-status")).isEqualTo("403");
            township.open(itemPath);
            assertThat(township.text("error-status")).isEqualTo("403");
        }
        try (Browser other = new Browser().login("xq-nongan")) {
            other.open("/app/supervision/reports?county=220112&period=" + quarter);
            assertThat(other.text("error-status")).isEqualTo("404");
            other.open("/app/supervision/audit");
            assertThat(other.text("error-status")).isEqualTo("403");
            other.open(itemPath);
            assertThat(other.text("error-status")).isEqualTo("404");
            Map<String, Object> file = other.get("/app/supervision/reports/export?county=220112&period=" + quarter);
            assertThat(file.get("status")).isEqualTo(404L);
        }
    }

    @Test
    void theProvinceSetsAYearsBoundsAFloorBreachIsRefusedAndAWarningIsSignedOff() {
        int year = 2100 - java.util.concurrent.ThreadLocalRandom.current().nextInt(9); // not a year of another test
        try (Browser province = new Browser().login("sheng-jianguan")) {
            province.open("/app/supervision/bounds?year=" + year);
            assertThat(province.text("no-bounds")).contains("尚未设定");
            Map.of(
                            "disposableIncome", "30000.00",
                            "class2DeductibleShare", "0.05",
                            "class2Ratio", "0.70",
                            "class3Ratio", "0.60",
                            "class4Ratio", "0.50",
                            "childBonus", "0.10",
                            "ciDeductibleShare", "0.50",
                            "ciRatio", "0.60",
                            "ciTolerance", "0.05",
                            "preferentialFactor", "0.5")
                    .forEach(province::type);
            province.type("preferentialBonus", "0.05");
            province.click("save-bounds");
            assertThat(province.text("notice")).contains("已保存");

            province.open("/app/schemes");
            province.click("copy-jl-2022");
            province.type("scheme-id", "jl-b" + year);
            province.type("scheme-year", Integer.toString(year));
            province.type("scheme-region", "220100");
            province.type("p-assistance.classes.2.ratio", "0.65"); // under class 2's floor of 70 %
            province.click("save-scheme");
            assertThat(province.text("form-error")).contains("低于省级保障标准", "吉政办发〔2022〕16号 四（五）", "≥ 0.70");
            province.type("p-assistance.classes.2.ratio", "0.70");
            province.type("p-assistance.classes.3.ratio", "0.70"); // not below class 2's: a warning only
            province.click("save-scheme");
            assertThat(province.text("notice")).isEqualTo("新方案已创建。");

            province.open("/app/supervision/bounds?year=" + year);
            assertThat(province.text("scheme-jl-b" + year)).contains("三类人员比例应略低于二类", "医保发〔2021〕10号 三（七）");
            province.type("reason-jl-b" + year + "-class3.belowClass2", "长春市三类人员与二类同比例，经省局党组会议研究同意");
            province.click("sign-jl-b" + year + "-class3.belowClass2");
            assertThat(province.text("notice")).contains("已签字确认");
            assertThat(province.text("scheme-jl-b" + year)).contains("sheng-jianguan", "党组会议");
            province.screenshot("supervision-bounds-signed");
        }
    }

    /** A one-page PDF as the county's evidence (the portal reads the type from the bytes). */
    private static java.nio.file.Path evidence() {
        try {
            java.nio.file.Path file =
                    java.nio.file.Files.createTempDirectory("evidence").resolve("整改佐证.pdf");
            java.nio.file.Files.write(file, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The field's cell in a column (0: the total, 1: the first county). */
    private static String cell(Browser browser, String field, int column) {
        return browser.all("#field-" + field + " td").get(column).getText();
    }

    /** ECharts drew every chart (as SVG) from the table beside it. */
    private static void chartsDrawn(Browser browser) {
        var charts = browser.all("div.chart");
        assertThat(charts).hasSize(3);
        for (WebElement chart : charts) {
            assertThat(chart.findElements(org.openqa.selenium.By.tagName("svg")))
                    .isNotEmpty();
        }
    }

    /** A county clerk settles an inpatient claim at 双阳区人民医院 on the claim form. */
    private static void settle(Browser county, String idNumber, LocalDate admitted, LocalDate discharged) {
        county.open("/app/claims/new");
        county.type("idNumber", idNumber);
        county.type("id", "RB" + System.nanoTime());
        county.select("institution", "H22011200001");
        county.select("kind", "INPATIENT");
        county.setValue("admissionDate", admitted.toString());
        county.setValue("date", discharged.toString());
        county.type("totalCost", "8000.00");
        county.click("preview");
        county.click("confirm");
        assertThat(county.text("notice")).isEqualTo("已结算。");
    }
}
