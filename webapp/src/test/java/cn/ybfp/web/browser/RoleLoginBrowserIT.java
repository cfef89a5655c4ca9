package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

/** Every demo user logs in through Keycloak and sees its own home and its own divisions, and nothing else. */
class RoleLoginBrowserIT {

    static Stream<Arguments> demoUsers() {
        return Stream.of(
                Arguments.of("xz-yunshan", "乡镇经办人员", "云山街道", "home-township", List.of("220112001")),
                Arguments.of("xz-pinghu", "乡镇经办人员", "平湖街道", "home-township", List.of("220112002")),
                Arguments.of("xz-chaluhe", "乡镇经办人员", "岔路河镇", "home-township", List.of("220221100")),
                Arguments.of(
                        "xq-shuangyang",
                        "县级医保经办机构",
                        "双阳区",
                        "home-county",
                        List.of("220112", "220112001", "220112002", "220112100")),
                Arguments.of(
                        "xq-nongan",
                        "县级医保经办机构",
                        "农安县",
                        "home-county",
                        List.of("220122", "220122100", "220122101", "220122102")),
                Arguments.of(
                        "xq-yongji",
                        "县级医保经办机构",
                        "永吉县",
                        "home-county",
                        List.of("220221", "220221100", "220221101", "220221102")),
                Arguments.of(
                        "xq-jiaohe",
                        "县级医保经办机构",
                        "蛟河市",
                        "home-county",
                        List.of("220281", "220281001", "220281100", "220281101")),
                Arguments.of(
                        "sheng-jianguan",
                        "省级监管人员",
                        "吉林省",
                        "home-province",
                        List.of(
                                "220000",
                                "220100",
                                "220112",
                                "220112001",
                                "220112002",
                                "220112100",
                                "220122",
                                "220122100",
                                "220122101",
                                "220122102",
                                "220200",
                                "220221",
                                "220221100",
                                "220221101",
                                "220221102",
                                "220281",
                                "220281001",
                                "220281100",
                                "220281101")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void seesItsOwnHomeAndOnlyItsOwnDivisions(
            String user, String role, String division, String homeId, List<String> codes) {
        try (Browser browser = new Browser().login(user)) {
            assertThat(browser.text("caller-role")).isEqualTo(role);
            assertThat(browser.text("caller-division")).startsWith(division);
            assertThat(browser.all("#" + homeId)).hasSize(1);
            List<String> shown = browser.all("#jurisdiction tbody tr td:first-child").stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(shown).containsExactlyElementsOf(codes);
            browser.screenshot(user + "-home");
        }
    }

    @Test
    void aTownshipUserGetsAFriendly403OnTheCountyPagesAndNoLinkToThem() {
        try (Browser browser = new Browser().login("xz-yunshan")) {
            assertThat(browser.all("nav.main-nav a[href$='/app/divisions']")).isEmpty();
            browser.open("/app/divisions");
            assertThat(browser.text("error-status")).isEqualTo("403");
            assertThat(browser.pageSource()).contains("您没有权限访问此页面").doesNotContain("Exception");
            assertThat(browser.text("caller-division")).startsWith("云山街道"); // still greeted on the error page
            browser.screenshot("xz-yunshan-403");
        }
    }

    @Test
    void aCountyUserGets404ForAnotherCountyAndForUnknownDivisions() {
        try (Browser browser = new Browser().login("xq-shuangyang")) {
            browser.open("/app/divisions/220112100");
            assertThat(browser.text("division-detail")).contains("鹿乡镇");
            browser.open("/app/divisions/220122100");
            assertThat(browser.text("error-status")).isEqualTo("404");
            browser.open("/app/divisions/not-a-code");
            assertThat(browser.text("error-status")).isEqualTo("404");
            browser.screenshot("xq-shuangyang-404");
        }
    }

    @Test
    void switchesToEnglishAndBack() {
        try (Browser browser = new Browser().login("xq-nongan")) {
            browser.click("language-switch");
            assertThat(browser.text("caller-role")).isEqualTo("County insurance office");
            browser.screenshot("xq-nongan-english");
            browser.click("language-switch");
            assertThat(browser.text("caller-role")).isEqualTo("县级医保经办机构");
        }
    }

    /** A user whom Keycloak disables loses the portal within a minute, not at the end of the session. */
    @Test
    void aUserDisabledInKeycloakLosesAccessWithinAMinute() throws Exception {
        var admin = new KeycloakAdmin();
        try (Browser browser = new Browser().login("xq-jiaohe")) {
            admin.setEnabled("xq-jiaohe", false);
            long disabled = System.nanoTime();
            boolean in = true;
            while (in && System.nanoTime() - disabled < java.util.concurrent.TimeUnit.SECONDS.toNanos(90)) {
                Thread.sleep(5_000);
                browser.open("/app/register");
                in = browser.pageSource().contains("id=\"caller-name\"");
            }
            long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - disabled);
            System.out.printf("a disabled user lost access after %d s%n", seconds);
            assertThat(in).as("still in after 90 s").isFalse();
            assertThat(seconds).isLessThanOrEqualTo(65);
        } finally {
            admin.setEnabled("xq-jiaohe", true);
        }
    }

    /** A province supervisor who is not a demo account must set up a second factor (TOTP) at the first login. */
    @Test
    void aRealProvinceSupervisorNeedsASecondFactor() throws Exception {
        var admin = new KeycloakAdmin();
        String id = admin.createSupervisor("sheng-totp-test", "a-long-password-2026");
        try (Browser browser = new Browser()) {
            browser.open("/app/");
            browser.type("username", "sheng-totp-test");
            browser.type("password", "a-long-password-2026");
            browser.click("kc-login");
            // Keycloak's own page: the authenticator setup, never the portal
            browser.waitForUrl("CONFIGURE_TOTP");
            assertThat(browser.pageSource()).doesNotContain("id=\"caller-name\"");
            browser.screenshot("supervisor-totp-setup");
        } finally {
            admin.deleteUser(id);
        }
    }

    /** A session id planted before login is worth nothing after it. */
    @Test
    void theSessionGetsANewIdAtLogin() {
        try (Browser browser = new Browser()) {
            browser.open("/app/");
            String before = browser.sessionId(); // the portal's session while the browser is at Keycloak
            browser.loginOnKeycloakPage("xz-yunshan");
            assertThat(before).isNotNull();
            assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        }
    }

    /** Every page says what the browser may do with it: no inline script, no framing, no referrer, no cache. */
    @Test
    void everyPageCarriesTheSecurityHeaders() {
        try (Browser browser = new Browser().login("xq-shuangyang")) {
            Map<String, String> page = browser.headers("/app/register");
            assertThat(page.get("content-security-policy"))
                    .contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(page).containsEntry("x-content-type-options", "nosniff");
            assertThat(page).containsEntry("referrer-policy", "no-referrer");
            assertThat(page).containsEntry("cache-control", "no-store");
            Map<String, String> style = browser.headers("/static/portal.css");
            assertThat(style).containsEntry("x-content-type-options", "nosniff");
            assertThat(style.get("cache-control")).isNotEqualTo("no-store"); // the style sheet may be cached
            // the print buttons work without inline script, under the policy
            browser.open("/app/applications/notices");
            browser.script("window.print = () => { window.printed = true; };");
            browser.all("[data-print]").get(0).click();
            assertThat(browser.script("return window.printed === true;")).isEqualTo(true);
        }
    }

    /** An upload over the limit is refused from its declared size, before the server reads it. */
    @Test
    void anUploadTooLargeIsRefusedBeforeItIsRead() {
        try (Browser browser = new Browser().login("xz-yunshan")) {
            browser.open("/app/applications");
            // attachments take 10 MB (and 1 MB of form): 12 MB is refused whatever the case
            assertThat(browser.upload("/app/applications/1/attachments", 12 * 1024 * 1024))
                    .isEqualTo(413L);
            browser.open("/app/applications");
            assertThat(browser.text("caller-name")).isNotBlank(); // the portal goes on serving
        }
    }

    /** Krazo checks every POST against the token it keeps in the session (implicit CSRF protection). */
    @Test
    void aPostWithoutItsSessionsCsrfTokenIsRefusedAndChangesNothing() {
        try (Browser clerk = new Browser().login("xz-pinghu");
                Browser other = new Browser().login("xz-chaluhe")) {
            String token = clerk.csrfToken();
            clerk.open("/app/register/people");
            assertThat(clerk.csrfToken()).isEqualTo(token); // one token for the whole session
            assertThat(other.csrfToken()).isNotEqualTo(token);
            assertThat(clerk.postWithoutToken("/app/logout", Map.of()).get("status"))
                    .isEqualTo(403L);
            var othersToken = Map.of(Browser.CSRF_FIELD, other.csrfToken());
            assertThat(clerk.postWithoutToken("/app/logout", othersToken).get("status"))
                    .isEqualTo(403L);
            clerk.open("/app/");
            assertThat(clerk.text("caller-division")).startsWith("平湖街道"); // the refused logouts did nothing
            clerk.screenshot("xz-pinghu-after-refused-posts");
            clerk.click("logout");
            assertThat(clerk.text("signed-out")).contains("您已安全退出"); // the page's own form, with its token
        }
    }

    @Test
    void logoutEndsTheKeycloakSessionToo() {
        try (Browser browser = new Browser().login("sheng-jianguan")) {
            browser.click("logout");
            assertThat(browser.text("signed-out")).contains("您已安全退出");
            browser.screenshot("sheng-jianguan-signed-out");
            browser.open("/app/");
            assertThat(browser.isOnKeycloakLogin()).isTrue();
        }
    }
}
