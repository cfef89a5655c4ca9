package cn.ybfp.web.browser;

import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.ResidentId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A township clerk registers a household through the pages; other townships cannot see it; the supervisor can. */
class RegisterBrowserIT {

    @Test
    void aTownshipClerkRegistersAHouseholdThatOnlyItsOwnPeopleSee() {
        String head = newIdNumber(LocalDate.of(1975, 3, 15));
        String child = newIdNumber(LocalDate.of(2016, 7, 20));
        String personUrl;
        try (Browser browser = new Browser().login("xz-yunshan")) {
            browser.open("/app/register/people/new");
            browser.type("idNumber", head.substring(0, 17) + wrongCheck(head));
            browser.type("name", "测试户主");
            browser.type("address", "云山街道测试村1组");
            browser.click("save");
            assertThat(browser.text("form-error")).isEqualTo("身份证号：校验位错误");
            browser.screenshot("register-invalid-id");

            browser.type("idNumber", head);
            browser.click("save");
            assertThat(browser.text("notice")).isEqualTo("已登记。");
            personUrl = browser.path();
            String household = browser.text("household-id");

            browser.open("/app/register/people/new");
            browser.type("idNumber", child);
            browser.type("name", "测试子女");
            browser.type("householdId", household);
            browser.type("relationToHead", "子女");
            browser.click("save");
            assertThat(browser.text("household")).contains("测试户主", "测试子女", "子女");
            assertThat(browser.text("household"))
                    .contains(ResidentId.mask(head))
                    .doesNotContain(head);

            // the township proposes categories through an application; it enters none
            browser.open(personUrl);
            assertThat(browser.text("category-hint")).contains("县级经办人员");
            assertThat(browser.all("#category-form")).isEmpty();
        }
        try (Browser county = new Browser().login("xq-shuangyang")) {
            county.open(personUrl);
            county.select("category", "LOW_INCOME_GUARANTEE");
            county.type("documentNumber", "双民发〔2025〕9号");
            county.setValue("validFrom", "2025-01-01");
            county.setValue("validTo", "2027-12-31");
            county.click("add-category");
            county.waitForContains("notice", "待另一名县级经办人员复核");
            assertThat(county.text("pending-0")).contains("待复核", "xq-shuangyang");
            assertThat(county.text("class-today")).contains("当日不属于任何救助类别"); // not before the second clerk
            county.click("confirm-0");
            assertThat(county.text("form-error")).contains("须由另一名县级经办人员复核");
        }
        try (Browser second = new Browser().login("xq-shuangyang-mz")) {
            second.open(personUrl);
            second.click("confirm-0");
            second.waitForContains("notice", "复核生效");
            assertThat(second.text("class-today")).contains("二类", "低保对象");
            second.open(personUrl + "?asOf=2024-12-31");
            assertThat(second.text("class-today")).contains("当日不属于任何救助类别");
            second.screenshot("register-category-confirmed");
        }
        try (Browser browser = new Browser().login("xz-yunshan")) {
            browser.open(personUrl);
            browser.select("status", "ENROLLED");
            browser.type("paidDate", "02012026");
            browser.type("year", "2026");
            browser.click("record-enrolment");
            assertThat(browser.text("enrolments")).contains("2026", "定额资助 180.00");
            assertThat(browser.text("history")).contains("xq-shuangyang", "新增", "救助对象类别");
            browser.screenshot("register-person-detail");

            browser.findPeople(null, "测试");
            assertThat(browser.text("people"))
                    .contains("测试户主", ResidentId.mask(head))
                    .doesNotContain(head);
            browser.screenshot("register-person-list");
        }
        try (Browser other = new Browser().login("xz-pinghu")) {
            other.open(personUrl);
            assertThat(other.text("error-status")).isEqualTo("404");
            other.findPeople(head, null);
            assertThat(other.url()).as("no ID number in any address").doesNotContain(head);
            assertThat(other.text("people")).doesNotContain("测试户主");
        }
        try (Browser supervisor = new Browser().login("sheng-jianguan")) {
            supervisor.open(personUrl);
            assertThat(supervisor.text("person-id-number")).isEqualTo(head);
            assertThat(supervisor.all("#edit-form")).isEmpty();
            supervisor.screenshot("register-supervisor-view");
        }
    }

    private static char wrongCheck(String id) {
        return id.charAt(17) == '1' ? '2' : '1';
    }
}
