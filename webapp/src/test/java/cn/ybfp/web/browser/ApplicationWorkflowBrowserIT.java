package cn.ybfp.web.browser;

import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/**
 * One application through all six steps with three demo users, and one appeal that overturns a rejection.
 *
 * <p>The applicant has no category; the township enters one receipt: level-2 inpatient stay on 15 March of this
 * year, 80,000.00 of which 5,000.00 out of catalogue. Under the demo scheme jl-2026 as class 4 (因病致贫重病患者):
 * basic (75,000 − 400) × 75% = 55,950.00; the rest 19,050.00 passes the ordinary critical-illness line 15,000 by
 * 4,050.00, × 60% = 2,430.00; assistance (19,050 − 2,430 − 7,500) × 50% = 4,560.00, within the 15,000 limit; class 4
 * gets no tilted assistance. So 4,560.00 is due.
 *
 * <p>The notice period (7 days) is shortened by moving the case's notice end to yesterday in the database, as if a
 * week had passed; the portal then makes it final when the clerk opens it.
 */
class ApplicationWorkflowBrowserIT {

    private static final String DB =
            System.getProperty("browser.db.url", "jdbc:postgresql://127.0.0.1:5432/ybfp_browser");

    @Test
    void aCaseWalksAllSixStepsAndAnAppealOverturnsARejection() throws Exception {
        long t0 = System.nanoTime();
        String idNumber = newIdNumber();
        String casePath;
        try (Browser township = new Browser().login("xz-yunshan")) {
            CaseSteps.register(township, idNumber);
            casePath = CaseSteps.apply(township, idNumber, "0315");
            township.click("missing-RECEIPTS");
            township.click("do-ACCEPT");
            township.waitForText("case-state", "待补正");
            assertThat(township.text("missing")).contains("医疗费用票据");
            township.type("comment-COMPLETE", "票据原件已补交");
            township.click("do-COMPLETE");
            township.waitForText("case-state", "已受理，待初审");
            township.type("file", scan().toString());
            township.click("upload");
            township.waitForContains("attachments", "诊断证明.pdf");
            township.type("survey", "入户调查：一家三口，丈夫长期住院，无其他收入");
            township.type("comment-FORWARD", "情况属实，同意上报");
            township.click("do-FORWARD");
            township.waitForText("case-state", "初审通过，待身份认定");
            township.screenshot("application-forwarded");
        }
        try (Browser civilAffairs = new Browser().login("xq-shuangyang-mz")) {
            civilAffairs.open("/app/applications");
            assertThat(civilAffairs.text("work")).contains(number(casePath));
            civilAffairs.open(casePath);
            civilAffairs.type("document", "双民认〔2026〕15号");
            // the form bean refuses an end before the start, at its field, keeps what was typed, changes nothing
            civilAffairs.setValue("validTo", "2020-01-01");
            civilAffairs.click("do-DETERMINE");
            civilAffairs.waitForContains("form-error", "认定终止日期：不能早于起始日期");
            assertThat(civilAffairs.text("case-state")).isEqualTo("初审通过，待身份认定");
            assertThat(civilAffairs.value("document")).isEqualTo("双民认〔2026〕15号");
            civilAffairs.screenshot("application-determination-refused");
            civilAffairs.setValue("validTo", "");
            civilAffairs.click("do-DETERMINE");
            civilAffairs.waitForText("case-state", "已认定，待审批");
            assertThat(civilAffairs.text("assessed-due")).contains("4,560.00");
            civilAffairs.click("do-APPROVE");
            civilAffairs.waitForContains("form-error", "须由另一名经办人员审批");
        }
        try (Browser healthcare = new Browser().login("xq-shuangyang")) {
            healthcare.open(casePath);
            assertThat(healthcare.text("assessment")).contains("按 4 类救助对象", "大病保险", "医疗救助", "55,950.00");
            healthcare.screenshot("application-assessment");
            healthcare.click("do-APPROVE");
            healthcare.waitForText("case-state", "公示中");
            assertThat(healthcare.text("approved-amount")).contains("4,560.00", "xq-shuangyang");
        }
        try (Browser township = new Browser().login("xz-yunshan")) {
            township.open("/app/applications/notices");
            assertThat(township.text("notice-table"))
                    .contains("申***人", "4,560.00")
                    .doesNotContain("申请测试人");
            township.screenshot("application-notice");
        }
        weekPassed(CaseSteps.id(casePath));
        try (Browser approver = new Browser().login("xq-shuangyang")) {
            approver.open(casePath);
            approver.waitForText("case-state", "公示期满，待拨付");
            approver.type("reference", "YH2026-0001");
            approver.click("do-PAY");
            approver.waitForContains("form-error", "须由另一名经办人员拨付");
            assertThat(approver.text("case-state")).isEqualTo("公示期满，待拨付");
        }
        try (Browser healthcare = new Browser().login("xq-shuangyang-cw")) {
            healthcare.open(casePath);
            healthcare.type("reference", "YH2026-0001");
            healthcare.click("do-PAY");
            healthcare.waitForText("case-state", "已拨付");
            assertThat(healthcare.all("#actions")).isEmpty();
            assertThat(healthcare.text("trail"))
                    .contains(
                            "提出申请",
                            "受理（待补正）",
                            "补正完毕",
                            "初审通过",
                            "身份认定",
                            "审批通过",
                            "公示期满无异议",
                            "拨付",
                            "xz-yunshan",
                            "xq-shuangyang-mz",
                            "xq-shuangyang-cw",
                            "system");
            healthcare.screenshot("application-paid");
            healthcare.click("print-decision");
            healthcare.waitForContains("decision-text", "4,560.00");
            assertThat(healthcare.text("decision-text")).contains("因病致贫重病患者", "4,560.00");
            healthcare.screenshot("application-decision");
            healthcare.open(casePath + "/print");
            healthcare.waitForContains("application-print", "医疗救助申请审批表");
            Path printed = Path.of("target", "screenshots", "application-form-print.pdf");
            assertThat(healthcare.printToPdf(printed.toString()).count()).isEqualTo(1);
        }
        String rejected = rejectedCase(idNumber);
        try (Browser township = new Browser().login("xz-yunshan")) {
            township.open(rejected);
            township.type("grounds", "家庭收入中含已报销的医疗费，应扣除");
            township.click("file-appeal");
            township.waitForContains("notice", "申诉已登记");
        }
        String appealPath;
        try (Browser decider = new Browser().login("xq-shuangyang")) {
            decider.open("/app/applications");
            assertThat(decider.text("open-appeals")).contains("申请测试人");
            decider.open(rejected);
            decider.click("appeal-link-0");
            appealPath = decider.path();
            decider.select("outcome-choice", "UPHELD");
            decider.type("appeal-reason", "维持");
            decider.click("decide");
            decider.waitForContains("form-error", "须由另一名经办人员复核");
        }
        try (Browser reviewer = new Browser().login("xq-shuangyang-mz")) {
            reviewer.open(appealPath);
            reviewer.select("outcome-choice", "OVERTURNED");
            reviewer.type("appeal-reason", "收入应扣除已报销的医疗费用，重新审批");
            reviewer.click("decide");
            reviewer.waitForContains("outcome", "撤销原决定");
            assertThat(reviewer.text("outcome")).contains("xq-shuangyang-mz");
            reviewer.screenshot("appeal-overturned");
            reviewer.click("case-link");
            reviewer.waitForText("case-state", "已认定，待审批");
            assertThat(reviewer.text("trail")).contains("复核撤销原决定");
        }
        try (Browser outsider = new Browser().login("xz-pinghu")) {
            outsider.open(casePath);
            assertThat(outsider.text("error-status")).isEqualTo("404");
            outsider.open("/app/applications");
            var forged = outsider.post(
                    rejected + "/steps", java.util.Map.of("action", "WITHDRAW", "version", "0", "reason", "越权"));
            assertThat(forged.get("status")).isEqualTo(404L);
            assertThat(outsider.get(rejected + "/print").get("status")).isEqualTo(404L);
        }
        System.out.printf(
                "application walk-through (six steps, appeal, 4 users): %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** A second application, rejected at approval by xq-shuangyang. */
    private static String rejectedCase(String idNumber) {
        String path = CaseSteps.determined(idNumber, "0415", "双民认〔2026〕16号"); // the first case's receipt is claimed
        try (Browser healthcare = new Browser().login("xq-shuangyang")) {
            healthcare.open(path);
            healthcare.type("reason-REJECT", "家庭收入超过当地标准");
            healthcare.click("do-REJECT");
            healthcare.waitForText("case-state", "不予救助");
        }
        return path;
    }

    /** As if the 7 days of notice had passed. */
    private static void weekPassed(long caseId) throws Exception {
        try (var c = DriverManager.getConnection(
                DB,
                System.getProperty("browser.db.user", "postgres"),
                System.getProperty("browser.db.password", "postgres"))) {
            CaseSteps.weekPassed(c, caseId);
        }
    }

    private static Path scan() throws Exception {
        Path file = Files.createTempDirectory("scan").resolve("诊断证明.pdf");
        Files.writeString(file, "%PDF-1.4\n% a scan\n%%EOF\n");
        return file;
    }

    private static String number(String casePath) {
        return String.format("SQ%06d", Long.parseLong(casePath.substring(casePath.lastIndexOf('/') + 1)));
    }
}
