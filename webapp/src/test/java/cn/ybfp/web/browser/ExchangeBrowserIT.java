package cn.ybfp.web.browser;

import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A county clerk uploads a civil-affairs list in GBK with good and bad rows, reads the comparison, applies it, and
 * the register shows the result. Runs on the demo data that ./portal test loads into a fresh database.
 */
class ExchangeBrowserIT {

    @Test
    void aCountyClerkComparesAndAppliesADepartmentsList() throws IOException {
        String newcomer = newIdNumber();
        Path file = Files.createDirectories(Path.of("target")).resolve("民政推送名单.csv");
        Files.writeString(
                file,
                String.join(
                                "\r\n",
                                "身份证号,姓名,类别,行政区划,认定日期,终止日期,文号",
                                "220112195203140228,王秀兰,特困人员,220112001,2021-01-01,,双民发〔2021〕12号",
                                "220112197808050312,李建国,低保对象,220112001,2022-03-01,2026-06-30,双民发〔2022〕7号",
                                newcomer + ",新增甲,低保户,220112002,2026/1/1,,双民发〔2026〕1号",
                                "220112196501200158,赵德胜,特困供养人员,220112002,2026年2月1日,,双民发〔2026〕2号",
                                "220112195203140229,王秀兰,低保对象,220112001,2026-01-01,,",
                                "220112197808050312,李建国,低保对象,220112999,2026-01-01,,",
                                "220122197007070172,刘长海,低保对象,220122100,2026-01-01,,",
                                newcomer + ",新增甲,低保户,220112002,2026-01-01,,",
                                "220112195203140228,王秀,低保对象,220112001,2026-01-01,,",
                                "220112196709180264,孙桂芝,五保二户,220112002,2026-01-01,,")
                        + "\r\n",
                Charset.forName("GBK"));
        try (Browser browser = new Browser().login("xq-shuangyang")) {
            browser.open("/app/register/exchange");
            browser.select("department", "CIVIL_AFFAIRS");
            browser.type("file", file.toAbsolutePath().toString());
            browser.click("upload");
            browser.waitForText("batch-status", "待确认");
            assertThat(browser.text("count-UNCHANGED")).isEqualTo("1");
            assertThat(browser.text("count-ENDED_CATEGORY")).isEqualTo("1");
            assertThat(browser.text("count-NEW_PERSON")).isEqualTo("1");
            assertThat(browser.text("count-NEW_CATEGORY")).isEqualTo("1");
            assertThat(browser.text("count-REJECTED")).isEqualTo("6");
            assertThat(browser.text("rows"))
                    .contains("身份证号校验位错误", "行政区划代码不存在", "行政区划不在您的辖区内", "文件中重复的行（与第 4 行相同）", "姓名与台账不一致", "救助对象类别无法识别")
                    .doesNotContain(newcomer);
            browser.screenshot("exchange-preview");

            String batchPath = browser.path();
            var errorFile = browser.get(batchPath + "/errors.xlsx");
            assertThat(errorFile.get("status")).isEqualTo(200L);
            assertThat((Long) errorFile.get("size")).isGreaterThan(3000L);

            browser.click("apply");
            assertThat(browser.text("notice")).startsWith("已确认导入");
            browser.waitForText("batch-status", "已导入"); // the page refreshes itself while the job applies
            assertThat(browser.all("#apply")).isEmpty();
            browser.screenshot("exchange-applied");

            browser.findPeople(newcomer, null);
            browser.click("people-first");
            assertThat(browser.text("class-today")).contains("二类", "低保对象");
            assertThat(browser.text("history")).contains("xq-shuangyang", "新增");
        }
    }
}
