package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.contracts.domain.Quarter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Family-doctor contracts through the real login: a township clerk signs two people of 云山街道 with the demo's team
 * in the last quarter that is over, records a health assessment for one and imports a service file (one row accepted,
 * one rejected with its reason); a county clerk computes that quarter, cannot approve it alone, another clerk
 * approves and records the payment, and prints the payment list; the province is told which bound a package change
 * breaks, and reads the coverage per township.
 */
class ContractsBrowserIT {

    @Test
    void aTownshipSignsACountyPaysTheQuarterAndTheProvinceSeesTheCoverage() throws Exception {
        Quarter quarter =
                Quarter.of(LocalDate.now(cn.ybfp.kernel.Beijing.clock())).previous();
        LocalDate signed = quarter.firstDay();
        try (Browser township = new Browser().login("xz-yunshan")) {
            String assessed = sign(township, 3, signed); // 张丽
            township.select("type", "HEALTH_ASSESSMENT");
            township.setValue("day", signed.plusDays(5).toString());
            township.select("memberId", "1");
            township.type("note", "年度健康评估");
            township.click("record");
            assertThat(township.text("notice")).isEqualTo("已登记履约记录");
            assertThat(township.text("services")).contains("健康评估", "王立新");
            township.screenshot("contract-service-recorded");
            sign(township, 4, signed); // 李小明
            township.open("/app/contracts");
            township.click("imports-link");
            township.type("import-file", serviceFile(signed).toString());
            township.click("upload-import");
            assertThat(township.text("count-ACCEPTED")).isEqualTo("1");
            assertThat(township.text("count-REJECTED")).isEqualTo("1");
            assertThat(township.text("line-3")).contains("该成员在服务日期不属于签约团队");
            assertThat(township.download(township.path() + "/rejected")).startsWith(new byte[] {'P', 'K'});
            township.click("apply-import");
            assertThat(township.text("notice")).isEqualTo("已导入");
            township.screenshot("contract-records-imported");
            township.open(assessed);
            assertThat(township.text("services")).contains("上门服务", "入户随访");
            township.open("/app/contracts");
            assertThat(township.text("contract-rows")).contains("张丽", "李小明", "基础包");
            assertThat(township.all("#runs-link")).isEmpty(); // runs are the county's
            assertThat(assessed).startsWith("/app/contracts/");
        }
        String run;
        try (Browser county = new Browser().login("xq-shuangyang")) {
            county.open("/app/contracts/runs");
            county.type("quarter", quarter.toString());
            county.click("compute");
            assertThat(county.text("notice")).contains("已计算");
            assertThat(county.text("paying-lines")).contains("张丽", "40.00");
            assertThat(county.text("not-qualifying-lines")).contains("李小明", "尚未达标");
            county.screenshot("contract-run-computed");
            run = county.path();
            assertThat(county.download(run + "/export")).startsWith(new byte[] {'P', 'K'}); // .xlsx, not an error page
            county.click("approve");
            assertThat(county.text("form-error")).contains("另一名经办人员");
        }
        try (Browser other = new Browser().login("xq-shuangyang-cw")) {
            other.open(run);
            other.click("approve");
            assertThat(other.text("notice")).contains("已审核");
            other.type("reference", "双医保拨〔2026〕88号");
            other.click("mark-paid");
            assertThat(other.text("run-status")).isEqualTo("已拨付");
            assertThat(other.text("run-paid")).contains("双医保拨〔2026〕88号");
            other.click("print-link");
            assertThat(other.text("run-print")).contains("家庭医生签约服务费拨付单", "盖章");
            other.screenshot("contract-run-print");
        }
        try (Browser province = new Browser().login("sheng-jianguan")) {
            province.open("/app/contracts/policies");
            province.all("#policy-rows a").get(0).click();
            province.click("copy"); // a package with contracts keeps its terms: a new year is changed instead
            assertThat(province.text("notice")).isEqualTo("已复制为新年度");
            var fundPayment =
                    province.all("#change-BASIC input[name=fundPayment]").get(0);
            fundPayment.clear();
            fundPayment.sendKeys("50.00");
            province.all("#change-BASIC button").get(0).click();
            assertThat(province.text("form-error")).contains("不能超过医保基金承担部分");
            assertThat(province.all("#change-BASIC input[name=fundPayment]")
                            .get(0)
                            .getAttribute("value"))
                    .isEqualTo("50.00"); // what was typed, kept
            assertThat(province.text("policy")).contains("吉林省 2027 年度");
            province.screenshot("contract-policy-refused");
            province.open("/app/contracts");
            province.click("coverage-link");
            assertThat(province.text("coverage-220112001")).contains("云山街道");
            assertThat(province.text("coverage-220112")).contains("双阳区", "小计");
            assertThat(province.text("coverage-total")).contains("合计");
            province.screenshot("contract-coverage");
            province.open("/app/contracts/coverage/220112001");
            assertThat(province.text("without-contract")).contains("未签约的目标人群");
        }
    }

    /** 张丽's home visit ten days after signing, by the team's doctor, and one by a licence the team does not have. */
    private static java.nio.file.Path serviceFile(LocalDate signed) throws java.io.IOException {
        var file = java.nio.file.Files.createTempDirectory("records").resolve("履约记录.csv");
        java.nio.file.Files.writeString(
                file,
                "身份证号,姓名,服务类型,服务日期,执业证书编码,备注\n"
                        + "220112198002120427,张丽,上门服务," + signed.plusDays(10) + ",110220112000101,入户随访\n"
                        + "220112198002120427,张丽,健康咨询," + signed.plusDays(11) + ",999999999999,电话咨询\n",
                java.nio.charset.Charset.forName("GBK"));
        return file;
    }

    /** Signs the person with the demo's team for the basic package; returns the contract's page. */
    private static String sign(Browser township, long person, LocalDate signed) {
        township.open("/app/contracts/new?person=" + person);
        township.select("teamId", "1");
        township.select("packageCode", "BASIC");
        township.setValue("signedOn", signed.toString());
        township.click("sign");
        assertThat(township.text("notice")).isEqualTo("已签约");
        return township.path();
    }
}
