package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The living demo province (issue 19): every demo login opens on work waiting for it, and every list page it can
 * reach from the menu and the pages' tabs shows at least one row. Runs against the browser suite's portal, which
 * builds the demo province on its first start like {@code ./portal start}.
 */
class DemoProvinceBrowserIT {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "xz-yunshan",
                "xz-pinghu",
                "xz-chaluhe",
                "xq-shuangyang",
                "xq-shuangyang-mz",
                "xq-shuangyang-cw",
                "xq-nongan",
                "xq-yongji",
                "xq-jiaohe",
                "sheng-jianguan"
            })
    void everyHomeShowsWorkAndEveryListPageHasRows(String user) {
        try (Browser browser = new Browser().login(user)) {
            assertThat(waitingWork(browser)).as(user + "'s home: work waiting").isNotEmpty();
            browser.screenshot("demo-" + user + "-home");
            if (user.startsWith("xq-shuangyang-")) {
                return; // the county's second and third clerks see xq-shuangyang's lists: checked there
            }
            List<String> empty = new ArrayList<>();
            Deque<String> pages = new ArrayDeque<>(hrefs(browser, "nav.main-nav a"));
            Set<String> seen = new HashSet<>(List.of("/app/", "/app/supervision/audit")); // the audit viewer: a search
            while (!pages.isEmpty()) {
                String page = pages.poll();
                if (!seen.add(page)) {
                    continue;
                }
                browser.open(page);
                if (!browser.all("main table").isEmpty() && dataRows(browser) == 0) {
                    empty.add(page);
                    browser.screenshot("demo-" + user + "-empty-" + page.replaceAll("[^a-z0-9]+", "-"));
                }
                pages.addAll(hrefs(browser, "main nav.sub a")); // the page's tabs
            }
            assertThat(empty).as(user + ": list pages without a row").isEmpty();
        }
    }

    /** The home's to-do entries that count something: cases, appeals, warnings, reports, ledger items. */
    private static List<String> waitingWork(Browser browser) {
        List<String> work = new ArrayList<>();
        for (WebElement entry : browser.all("#home-work, #home-watch li a, #home-reports li a")) {
            String text = entry.getText();
            if (text.matches(".*[1-9]\\d*.*") && !text.matches(".*\\b0 ?(件|条|项|份).*")) {
                work.add(text);
            }
        }
        return work;
    }

    private static List<String> hrefs(Browser browser, String css) {
        return browser.all(css).stream()
                .map(a -> a.getAttribute("href").replaceFirst("^https?://[^/]+", ""))
                .filter(path -> path.startsWith("/app/"))
                .toList();
    }

    /** Body rows with data cells (an empty table's "no rows" line spans the table in one cell). */
    private static long dataRows(Browser browser) {
        return browser.all("main table tbody tr").stream()
                .filter(row -> row.findElements(By.tagName("td")).size() > 1)
                .count();
    }
}
