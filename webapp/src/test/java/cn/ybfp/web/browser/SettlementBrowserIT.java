package cn.ybfp.web.browser;

import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.ybfp.kernel.ResidentId;
import cn.ybfp.web.support.PrintedPages;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A county clerk registers a 低保 person, settles a claim (preview, then confirm), sees the bill and the year's
 * accumulators, is refused the same claim number again, and reverses the claim after the township has applied for
 * assistance on it, whose case then says the claim was reversed; a clerk of another township cannot open it; the
 * province supervisor copies a scheme, is told which value is wrong, and saves it.
 *
 * <p>The figures, by hand (jl-2022, class 2, level-1 hospital, 10,200.00 in policy): basic (10,200 − 200) × 85% =
 * 8,500.00; critical illness 0 (1,700.00 is below the halved line 7,500); assistance 1,700.00 × 70% = 1,190.00;
 * the patient pays 510.00.
 */
class SettlementBrowserIT {

    @Test
    void aCountyClerkSettlesAClaimSeesTheBillAndReversesIt() throws Exception {
        String idNumber = newIdNumber();
        String number = "ZY" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String billPath;
        String casePath;
        try (Browser clerk = new Browser().login("xq-shuangyang")) {
            clerk.open("/app/register/people/new");
            clerk.type("idNumber", idNumber);
            clerk.type("name", "结算测试人");
            clerk.select("townshipCode", "220112001");
            clerk.type("address", "云山街道测试村2组");
            clerk.click("save");
            assertThat(clerk.text("notice")).isEqualTo("已登记。");
            clerk.select("category", "LOW_INCOME_GUARANTEE");
            clerk.type("documentNumber", "长民发〔2022〕7号");
            clerk.setValue("validFrom", "2022-01-01");
            clerk.setValue("validTo", "2030-12-31");
            clerk.click("add-category");
            clerk.waitForContains("notice", "待另一名县级经办人员复核");
            String personPath = clerk.path();
            try (Browser second = new Browser().login("xq-shuangyang-mz")) {
                second.open(personPath);
                second.click("confirm-0");
                second.waitForContains("notice", "复核生效");
            }
            clerk.open(personPath);

            clerk.click("settle-claim");
            assertThat(clerk.value("idNumber")).isEqualTo(idNumber);
            fillClaim(clerk, number);
            clerk.type("totalCost", "-5");
            clerk.click("preview");
            assertThat(clerk.text("form-error")).contains("总费用", "不能为负数");

            clerk.type("totalCost", "10200.00");
            clerk.click("preview");
            assertThat(clerk.text("preview-class")).isEqualTo("二类");
            assertThat(clerk.text("preview-categories")).contains("低保");
            assertThat(clerk.text("bill-basic")).isEqualTo("8,500.00");
            assertThat(clerk.text("bill-assistance")).isEqualTo("1,190.00");
            assertThat(clerk.text("bill-personal")).isEqualTo("510.00");
            clerk.screenshot("settlement-preview");
            clerk.click("confirm");

            assertThat(clerk.text("notice")).isEqualTo("已结算。");
            assertThat(clerk.text("claim-number")).isEqualTo(number);
            assertThat(clerk.text("rule-lines")).contains("基本医保", "医疗救助");
            assertThat(clerk.text("bill-personal")).isEqualTo("510.00");
            clerk.screenshot("settlement-bill");
            // as the clerk's printer gets it: one A4 page, without the screen's buttons
            java.nio.file.Path printed = java.nio.file.Path.of("target", "screenshots", "settlement-bill-print.pdf");
            PrintedPages page = clerk.printToPdf(printed.toString());
            assertThat(page.count()).isEqualTo(1);
            assertThat(page.compactText())
                    .contains(number, "8,500.00")
                    .doesNotContain("PDF"); // the download button is not printed
            billPath = clerk.path();
            // the download: the same sheet, laid out on A4 by the portal, in the font it carries
            byte[] downloaded = clerk.download(billPath + "/bill.pdf");
            java.nio.file.Files.write(printed.resolveSibling("settlement-bill-download.pdf"), downloaded);
            PrintedPages pdf = PrintedPages.of(downloaded);
            assertThat(pdf.count()).isEqualTo(1);
            assertThat(pdf.firstPageWidth()).isCloseTo(595.3f, within(0.5f));
            assertThat(pdf.compactText())
                    .contains("双阳区医疗保障局", number, ResidentId.mask(idNumber), "8,500.00", "1,190.00", "510.00", "（盖章）")
                    .doesNotContain(idNumber, "冲正原因");
            assertThat(pdf.fonts())
                    .anySatisfy(font -> assertThat(font.getName()).contains("DroidSansFallback"));

            clerk.click("account");
            assertThat(clerk.text("acc-assistance")).isEqualTo("1,190.00");
            assertThat(clerk.text("account-claims")).contains(number);
            clerk.screenshot("settlement-account");

            // the same claim number again: refused at the preview, nothing settled
            clerk.open(billPath.replaceAll("/app/claims/\\d+$", "/app/claims/new"));
            clerk.type("idNumber", idNumber);
            fillClaim(clerk, number);
            clerk.type("totalCost", "10200.00");
            clerk.click("preview");
            assertThat(clerk.text("form-error")).contains(number, "不能重复结算");

            try (Browser township = new Browser().login("xz-yunshan")) {
                casePath = applyWith(township, idNumber, number);
            }
            clerk.open(billPath);
            clerk.type("reason", "医院重传费用明细");
            clerk.click("reverse");
            clerk.waitForContains("notice", "已冲正");
            assertThat(clerk.text("reversal-note")).contains("xq-shuangyang", "医院重传费用明细");
            assertThat(clerk.text("bill-personal")).isEqualTo("510.00"); // the bill stays as it was
            clerk.screenshot("settlement-reversed");
            clerk.click("account");
            assertThat(clerk.text("acc-assistance")).isEqualTo("0.00");
        }
        try (Browser township = new Browser().login("xz-yunshan")) {
            // the application that chose the claim before it was reversed says so, rather than dropping it
            township.open(casePath);
            assertThat(township.text("reversed-claims")).contains("1 张已被冲销");
            assertThat(township.text("costs")).doesNotContain(number);
            township.screenshot("application-claim-reversed");
        }
        try (Browser township = new Browser().login("xz-pinghu")) {
            township.open(billPath);
            assertThat(township.text("error-status")).isEqualTo("404");
            township.findClaims(number);
            assertThat(township.text("claims")).doesNotContain(number);
            assertThat(township.all("#new-claim")).isEmpty();
            // a role that may never do it: the 403 page, whichever module refused
            assertThat(township.post("/app/schemes/jl-2022/copy", java.util.Map.of("id", "xx-2099"))
                            .get("status"))
                    .isEqualTo(403L);
            assertThat(township.post("/app/claims", java.util.Map.of("idNumber", "x"))
                            .get("status"))
                    .isEqualTo(403L);
        }
    }

    @Test
    void theProvinceCopiesASchemeAndIsToldWhichValueIsWrong() {
        int year = 2030 + ThreadLocalRandom.current().nextInt(60);
        try (Browser province = new Browser().login("sheng-jianguan")) {
            province.open("/app/schemes");
            assertThat(province.text("schemes")).contains("jl-2022", "sd-2019");
            province.click("copy-jl-2022");
            province.type("scheme-id", "jl-" + year);
            province.type("scheme-year", Integer.toString(year));
            province.type("scheme-region", "220100");
            province.type("p-basic.inpatient.levels.1.ratio", "1.2");
            province.click("save-scheme");
            assertThat(province.text("form-error")).contains("基本医保 · 住院 · 医疗机构级别 · 1 · 支付比例", "应在 0 到 1 之间");
            province.screenshot("scheme-copy-refused");

            province.type("p-basic.inpatient.levels.1.ratio", "0.88");
            province.click("save-scheme");
            assertThat(province.text("notice")).isEqualTo("新方案已创建。");
            assertThat(province.text("parameters")).contains("0.88");
            assertThat(province.text("history")).contains("sheng-jianguan", "复制自 jl-2022");
            province.screenshot("scheme-created");
        }
    }

    /** The township's application for assistance on the settled claim; answers the case page's path. */
    private static String applyWith(Browser township, String idNumber, String claimNumber) {
        String casePath =
                AssistanceApplicationForm.submit(township, idNumber, 2022, form -> form.click("claim-" + claimNumber));
        assertThat(township.text("costs")).contains(claimNumber);
        return casePath;
    }

    private static void fillClaim(Browser clerk, String number) {
        clerk.type("id", number);
        clerk.select("institution", "H22011200003"); // 云山街道社区卫生服务中心, level 1
        clerk.select("kind", "INPATIENT");
        clerk.select("hospitalLevel", "1");
        clerk.type("date", "03102022");
        clerk.type("admissionDate", "03012022");
    }
}
