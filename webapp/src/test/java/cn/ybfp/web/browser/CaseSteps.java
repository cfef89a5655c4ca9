package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * An application case taken through its steps by the demo users, as the browser tests and the fault suite need one:
 * 云山街道 registers the person and applies with one inpatient receipt of this year (80,000.00, 5,000.00 out of
 * catalogue, level 2), accepts and forwards it; 双阳区's civil-affairs clerk determines the person as 因病致贫.
 */
public final class CaseSteps {

    private CaseSteps() {}

    /** Registers a person with this ID number in 云山街道 (name 申请测试人). */
    public static void register(Browser township, String idNumber) {
        township.open("/app/register/people/new");
        township.type("idNumber", idNumber);
        township.type("name", "申请测试人");
        township.type("address", "云山街道云山村3组");
        township.click("save");
        assertThat(township.text("notice")).isEqualTo("已登记。");
    }

    /** An application with one hospital receipt of this year, dated on {@code monthDay} ("0315"); the case's path. */
    public static String apply(Browser township, String idNumber, String monthDay) {
        int year = LocalDate.now().getYear();
        return AssistanceApplicationForm.submit(township, idNumber, year, form -> {
            assertThat(form.text("applicant")).contains("申请测试人");
            form.type("r0-hospital", "吉林大学第一医院");
            form.select("r0-kind", "INPATIENT");
            form.type("r0-date", monthDay + year);
            form.select("r0-level", "2");
            form.type("r0-total", "80000");
            form.type("r0-out", "5000");
        });
    }

    /** Applied, accepted, forwarded and determined (document {@code document}): waiting for approval. */
    public static String determined(String idNumber, String monthDay, String document) {
        String path;
        try (Browser township = new Browser().login("xz-yunshan")) {
            path = apply(township, idNumber, monthDay);
            township.click("do-ACCEPT");
            township.type("survey", "入户调查：一家三口，丈夫长期住院，无其他收入");
            township.click("do-FORWARD");
            township.waitForText("case-state", "初审通过，待身份认定");
        }
        try (Browser civilAffairs = new Browser().login("xq-shuangyang-mz")) {
            civilAffairs.open(path);
            civilAffairs.type("document", document);
            civilAffairs.click("do-DETERMINE");
            civilAffairs.waitForText("case-state", "已认定，待审批");
        }
        return path;
    }

    /** Determined, approved by xq-shuangyang, and a week of notice passed: waiting for payment. */
    public static String awaitingPayment(String idNumber, String monthDay, String document, Connection db)
            throws SQLException {
        String path = determined(idNumber, monthDay, document);
        try (Browser approver = new Browser().login("xq-shuangyang")) {
            approver.open(path);
            approver.click("do-APPROVE");
            approver.waitForText("case-state", "公示中");
        }
        weekPassed(db, id(path));
        return path;
    }

    /** As if the 7 days of notice had passed: the notice ended yesterday (the portal makes it final when opened). */
    public static void weekPassed(Connection db, long caseId) throws SQLException {
        try (var s = db.prepareStatement("update assistance_application set notice_until = current_date - 1,"
                + " state_since = current_date - 8 where id = ? and state = 'IN_NOTICE'")) {
            s.setLong(1, caseId);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** The case's id, from its page's path. */
    public static long id(String casePath) {
        return Long.parseLong(casePath.substring(casePath.lastIndexOf('/') + 1));
    }
}
