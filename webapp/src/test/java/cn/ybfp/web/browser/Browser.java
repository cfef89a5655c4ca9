package cn.ybfp.web.browser;

import cn.ybfp.web.support.PrintedPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through the real Keycloak login of the portal that {@code ./portal test} started.
 * Screenshots go to {@code webapp/target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    /** The form field of Krazo's CSRF token ({@code ${mvc.csrf.name}}). */
    public static final String CSRF_FIELD = "_csrf";

    public static final String PORTAL = System.getProperty("portal.url", "http://127.0.0.1:8281");
    public static final String PASSWORD = System.getProperty("demo.password", "demo-2026-ybfp");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;

    public Browser() {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900",
                "--lang=zh-CN");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens the portal, is sent to Keycloak, logs in and waits for the portal's header. */
    public Browser login(String username) {
        open("/app/");
        return loginOnKeycloakPage(username);
    }

    /** On Keycloak's login page already: logs in and waits for the portal's header. */
    public Browser loginOnKeycloakPage(String username) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("caller-name")));
        return this;
    }

    public Browser open(String path) {
        driver.get(PORTAL + path);
        return this;
    }

    public String text(String id) {
        return wait.until(d -> {
            try {
                var found = d.findElements(By.id(id));
                return !found.isEmpty() && found.get(0).isDisplayed()
                        ? found.get(0).getText()
                        : null;
            } catch (org.openqa.selenium.WebDriverException e) {
                return ifPageChanged(e, null); // the page changed under us: look again
            }
        });
    }

    /**
     * {@code whenChanged} if the exception says the element belonged to a page that has since been replaced (stale,
     * or, from newer Chrome, "does not belong to the document"); anything else is rethrown.
     */
    private static <T> T ifPageChanged(org.openqa.selenium.WebDriverException e, T whenChanged) {
        if (e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
            return whenChanged;
        }
        throw e;
    }

    /** The current value of a form field. */
    public String value(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)))
                .getAttribute("value");
    }

    public java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void type(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        if (!"file".equals(field.getAttribute("type"))) {
            field.clear();
        }
        field.sendKeys(text);
    }

    /** Sets an input's value as a script would: a date input's typing depends on the browser's language. */
    public void setValue(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1]", field, value);
    }

    /** Waits (up to 30 s, the page refreshes itself) until the element shows the text. */
    public void waitForText(String id, String expected) {
        waitUntil(id, text -> text.equals(expected));
    }

    /** Waits until the element's text contains the fragment: after a click, the next page has arrived. */
    public void waitForContains(String id, String fragment) {
        waitUntil(id, text -> text.contains(fragment));
    }

    private void waitUntil(String id, java.util.function.Predicate<String> condition) {
        try {
            wait.until(d -> {
                try {
                    var found = d.findElements(By.id(id));
                    return !found.isEmpty() && condition.test(found.get(0).getText());
                } catch (org.openqa.selenium.WebDriverException e) {
                    return ifPageChanged(e, false); // the next page arrived between finding and reading: look again
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + id); // what the page showed instead, to look at
            throw e;
        }
    }

    public void select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))))
                .selectByValue(value);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    public boolean isOnKeycloakLogin() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        return driver.getCurrentUrl().contains("/realms/ybfp/");
    }

    /**
     * POSTs a form from inside the page with this session's CSRF token (taken from the logout form), as a forged
     * request of a logged-in user would; answers the status and the body.
     */
    public java.util.Map<String, Object> post(String path, java.util.Map<String, String> fields) {
        var withToken = new java.util.HashMap<>(fields);
        withToken.put(CSRF_FIELD, csrfToken());
        return postWithoutToken(path, withToken);
    }

    /** POSTs exactly these fields from inside the page, without adding this session's CSRF token. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> postWithoutToken(String path, java.util.Map<String, String> fields) {
        String script = "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {method: 'POST', body: new URLSearchParams(arguments[1]), redirect: 'manual'})"
                + ".then(r => r.text().then(t => done({status: r.status, body: t})))"
                + ".catch(e => done({status: -1, body: String(e)}));";
        return (java.util.Map<String, Object>)
                ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(script, PORTAL + path, fields);
    }

    /** This session's CSRF token, as the logout form carries it. */
    public String csrfToken() {
        By field = By.cssSelector("form[action$='/app/logout'] input[name='" + CSRF_FIELD + "']");
        return wait.until(ExpectedConditions.presenceOfElementLocated(field)).getAttribute("value");
    }

    /** GETs a URL from inside the page (a download, say); answers the status and the body's length. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> get(String path) {
        String script = "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status, size: b.byteLength})))"
                + ".catch(e => done({status: -1, size: 0}));";
        return (java.util.Map<String, Object>)
                ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(script, PORTAL + path);
    }

    /** GETs a URL from inside the page, as the browser downloads it: the body's bytes (a PDF, say). */
    public byte[] download(String path) {
        String script = "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.blob()).then(b => { const f = new FileReader();"
                + " f.onload = () => done(f.result.substring(f.result.indexOf(',') + 1)); f.readAsDataURL(b); });";
        String base64 =
                (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(script, PORTAL + path);
        return java.util.Base64.getDecoder().decode(base64);
    }

    /** Searches the register by ID number or name prefix (either may be null), as a clerk does with the form. */
    public Browser findPeople(String idNumber, String name) {
        open("/app/register/people");
        if (idNumber != null) {
            type("search-idNumber", idNumber);
        }
        if (name != null) {
            type("search-name", name);
        }
        click("search");
        wait.until(d -> d.getCurrentUrl().contains("?s="));
        return this;
    }

    /** Searches the claim list by claim number or ID number. */
    public Browser findClaims(String text) {
        open("/app/claims");
        type("q", text);
        click("search");
        wait.until(d -> d.getCurrentUrl().contains("?s="));
        return this;
    }

    /** Posts a file of {@code size} bytes as a multipart form from inside the page; answers the status. */
    public long upload(String path, int size) {
        String script = "const done = arguments[arguments.length - 1];"
                + "const form = new FormData(); form.append('file', new Blob([new Uint8Array(arguments[1])]), 'big.pdf');"
                + "fetch(arguments[0], {method: 'POST', body: form}).then(r => done(r.status)).catch(e => done(-1));";
        return (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(script, PORTAL + path, size);
    }

    /** Waits until the address contains {@code fragment}. */
    public void waitForUrl(String fragment) {
        wait.until(d -> d.getCurrentUrl().contains(fragment));
    }

    /** The portal's session cookie as the browser holds it now; null when there is none. */
    public String sessionId() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** The response headers of a GET from inside the page, by lower-case name. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, String> headers(String path) {
        String script = "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => { const h = {}; r.headers.forEach((v, k) => h[k] = v); done(h); });";
        return (java.util.Map<String, String>)
                ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(script, PORTAL + path);
    }

    /** Runs a script in the page and answers its result. */
    public Object script(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }

    /** The page as Chrome prints it (A4), to check what a clerk's printer gets; kept in the file too. */
    PrintedPages printToPdf(String file) throws java.io.IOException {
        var options = new org.openqa.selenium.print.PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        var pdf = ((org.openqa.selenium.PrintsPage) driver).print(options);
        byte[] bytes = java.util.Base64.getDecoder().decode(pdf.getContent());
        java.nio.file.Files.write(java.nio.file.Path.of(file), bytes);
        return PrintedPages.of(bytes);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The current page's path, without host and query: to open the same page again, as another user. */
    public String path() {
        return url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
