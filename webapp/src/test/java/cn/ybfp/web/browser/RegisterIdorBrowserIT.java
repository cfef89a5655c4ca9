package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Users of another township and of another county walk every register page and action for the demo people of
 * 云山街道 (ids 1–4) by URL guessing, with a valid session and CSRF token of their own, and find nothing.
 */
class RegisterIdorBrowserIT {

    private static final List<Integer> YUNSHAN_PEOPLE = List.of(1, 2, 3, 4);

    @Test
    void anotherTownshipFindsNothingOfYunshan() {
        walk("xz-pinghu");
    }

    @Test
    void anotherCountyFindsNothingOfYunshan() {
        walk("xq-yongji");
    }

    private static void walk(String user) {
        try (Browser browser = new Browser().login(user)) {
            for (int id : YUNSHAN_PEOPLE) {
                browser.open("/app/register/people/" + id);
                assertThat(browser.text("error-status"))
                        .as("person page %d", id)
                        .isEqualTo("404");
            }
            browser.open("/app/"); // a page of one's own, whose logout form holds this session's CSRF token
            for (int id : YUNSHAN_PEOPLE) {
                for (String action : List.of("", "/categories", "/enrolments")) {
                    Map<String, Object> answer = browser.post(
                            "/app/register/people/" + id + action,
                            Map.of(
                                    "name",
                                    "篡改",
                                    "version",
                                    "0",
                                    "status",
                                    "NORMAL",
                                    "category",
                                    "EXTREMELY_POOR",
                                    "department",
                                    "CIVIL_AFFAIRS",
                                    "validFrom",
                                    "2026-01-01",
                                    "year",
                                    "2026",
                                    "paidDate",
                                    "2026-01-01"));
                    assertThat(answer.get("status")).as("POST %d%s", id, action).isIn(400L, 403L, 404L);
                    assertThat((String) answer.get("body")).doesNotContain("已保存", "王秀兰", "李建国");
                }
                Map<String, Object> closing = browser.post(
                        "/app/register/write-off/" + id,
                        Map.of("year", "2026", "reason", "ENROLLED", "closedOn", "2026-01-02"));
                assertThat(closing.get("status")).isIn(400L, 403L, 404L);
            }
            browser.findPeople("220112195203140228", null);
            assertThat(browser.text("people")).doesNotContain("王秀兰");
            // the demo province has its own 李建国 and 张丽 elsewhere: 云山's are told by their masked ID numbers
            browser.findPeople(null, "李");
            assertThat(browser.text("people")).doesNotContain("220112********0312", "220112********0537");
            browser.open("/app/register/write-off");
            assertThat(browser.text("cases")).doesNotContain("220112********0427");
            Map<String, Object> export = browser.get("/app/register/people/export?name=王");
            assertThat(export.get("status")).isEqualTo(200L); // its rows are checked in RegisterIT
            Map<String, Object> errors = browser.get("/app/register/exchange/1/errors.xlsx");
            assertThat(errors.get("status")).isIn(403L, 404L);
            browser.screenshot(user + "-idor");
        }
    }
}
