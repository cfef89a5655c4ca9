package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.web.support.TestPeople;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A township clerk works the uninsured write-off list of the demo data: a newborn of a target household appears,
 * cases are closed as enrolled or with a reason, and the province supervisor reads the coverage table.
 */
class WriteOffBrowserIT {

    @Test
    void aTownshipClerkClosesCasesAndTheProvinceSeesCoverage() {
        String baby = newbornIdNumber();
        try (Browser browser = new Browser().login("xz-yunshan")) {
            browser.open("/app/register/people/new");
            browser.type("idNumber", baby);
            browser.type("name", "新生儿甲");
            browser.type("householdId", "2"); // 李建国's household of the demo data: 低保
            browser.type("relationToHead", "孙子");
            browser.click("save");
            assertThat(browser.text("notice")).isEqualTo("已登记。"); // the person's page, not the form still
            String babyPage = browser.path();
            String babyId = babyPage.substring(babyPage.lastIndexOf('/') + 1);

            browser.open("/app/register/write-off");
            assertThat(browser.text("cases"))
                    .contains("张丽", "低保对象", "新生儿甲", "新生儿（户内有救助对象）")
                    .doesNotContain("王秀兰", baby);
            assertThat(browser.text("coverage")).contains("合计", "100%");
            browser.screenshot("write-off-township");

            browser.select("reason-" + babyId, "OTHER");
            browser.click("close-" + babyId);
            assertThat(browser.text("form-error")).isEqualTo("选择“其他”时须填写说明");
            browser.select("reason-" + babyId, "ENROLLED");
            browser.click("close-" + babyId);
            assertThat(browser.text("notice")).isEqualTo("已销号。");
            assertThat(browser.text("cases")).doesNotContain("新生儿甲");

            browser.open(babyPage);
            assertThat(browser.text("enrolments"))
                    .contains(Integer.toString(LocalDate.now().getYear()), "已参保");
        }
        try (Browser supervisor = new Browser().login("sheng-jianguan")) {
            supervisor.open("/app/register/write-off");
            assertThat(supervisor.text("coverage")).contains("合计", "双阳区", "农安县", "永吉县", "蛟河市", "100%");
            // every county of the demo province has targets, enrolled people and a rate
            assertThat(supervisor.all("#coverage tbody tr"))
                    .map(WebElement::getText)
                    .anyMatch(row -> row.matches("蛟河市 [1-9]\\d* [1-9]\\d* \\d+ \\d+ \\d+\\.\\d% 100%"));
            assertThat(supervisor.all("form.inline-close")).isEmpty();
            supervisor.screenshot("write-off-province");
        }
    }

    /** A child of 220112 born earlier this year. */
    private static String newbornIdNumber() {
        LocalDate born = LocalDate.now()
                .withDayOfYear(1)
                .plusDays(ThreadLocalRandom.current()
                        .nextInt(Math.max(1, LocalDate.now().getDayOfYear() - 1)));
        return TestPeople.newIdNumber(born);
    }
}
