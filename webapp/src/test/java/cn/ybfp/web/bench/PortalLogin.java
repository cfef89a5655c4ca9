package cn.ybfp.web.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs in to the portal as a browser does, through Keycloak's login page: {@code GET /app/} is redirected to
 * Keycloak, the form {@code kc-form-login} is posted with the user name and password, and the redirects lead back to
 * the portal, which sets its session cookie. Each login has its own {@link HttpClient} and cookie jar, so each one is
 * a user of its own. Only loopback addresses are accepted, for the portal and for the login form alike.
 */
public final class PortalLogin {

    private static final Pattern FORM =
            Pattern.compile("<form\\b[^>]*\\bid=\"kc-form-login\"[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern CALLER = Pattern.compile("id=\"caller-name\"[^>]*>([^<]*)<");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private PortalLogin() {}

    /**
     * A logged-in user: its client (with the session cookie), the name the portal greets it with, and the session's
     * CSRF token, for the search forms that are posted (no ID number in an address).
     */
    public record Session(HttpClient client, String displayName, String csrfToken) {

        /**
         * A search form posted as the browser does; the client follows the redirect to the list ({@code ?s=…}). No
         * {@code HttpRequest.timeout} on a redirected request (see {@link #send}).
         */
        public HttpRequest search(URI list, String fields) {
            return HttpRequest.newBuilder(list)
                    .header("Accept-Language", "zh-CN")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrfToken + "&" + fields))
                    .build();
        }

        /** A page, with at most 30 s for the whole exchange, redirects included. */
        public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return PortalLogin.send(client, request);
        }
    }

    public static Session login(URI portal, String user, String password) throws IOException, InterruptedException {
        requireLoopback(portal);
        var client = HttpClient.newBuilder()
                .cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpResponse<String> loginPage = send(
                client, HttpRequest.newBuilder(portal.resolve("/app/")).GET().build());
        Matcher form = FORM.matcher(loginPage.body());
        if (loginPage.statusCode() != 200 || !form.find()) {
            throw new IllegalStateException("GET /app/ did not end on Keycloak's login form (status "
                    + loginPage.statusCode() + ", at " + loginPage.uri() + ")");
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("the login form has no action");
        }
        URI target = loginPage.uri().resolve(unescape(action.group(1)));
        requireLoopback(target);
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> home = send(
                client,
                HttpRequest.newBuilder(target)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build());
        Matcher caller = CALLER.matcher(home.body());
        if (home.statusCode() != 200 || !caller.find()) {
            throw new IllegalStateException("login of " + user + " did not reach the portal's page with its name"
                    + " (status " + home.statusCode() + ", at " + home.uri() + ")");
        }
        Matcher csrf = CSRF.matcher(home.body());
        if (!csrf.find()) {
            throw new IllegalStateException("the portal's page of " + user + " has no CSRF token");
        }
        return new Session(client, unescape(caller.group(1)).strip(), csrf.group(1));
    }

    /**
     * Sends a request, which may be redirected, with at most 30 s for the whole exchange. Not with
     * {@code HttpRequest.timeout}: on JDK 17 the timer of a redirected request is never cancelled (JDK-8304701, fixed
     * in JDK 22); it fired 30 s after a login or a posted search and aborted whatever request was then in flight on
     * the same connection ("header parser received no bytes", "chunked transfer encoding, state: READING_LENGTH"),
     * which the load counted as the portal's error.
     */
    private static HttpResponse<String> send(HttpClient client, HttpRequest request)
            throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<String>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        try {
            return response.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new HttpTimeoutException("no answer within 30 s from " + request.uri());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    /**
     * A cookie jar that sends {@code Secure} cookies to loopback addresses over plain http, as browsers do (they count
     * 127.0.0.1 and localhost as secure contexts). Keycloak marks its login cookies {@code Secure}; Java's own
     * {@link CookieManager} keeps them for https only, and Keycloak then answers the posted form with 400.
     */
    static final class LoopbackCookies extends CookieHandler {
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            boolean loopback = "http".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
            return cookies.get(loopback ? URI.create("https" + uri.toString().substring(4)) : uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(uri, headers);
        }
    }

    /** Refuses any address but this machine's loopback (load goes nowhere else). */
    static void requireLoopback(URI uri) {
        try {
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException(
                        "only loopback addresses (127.0.0.1, localhost) are allowed: " + uri);
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + uri, e);
        }
    }

    /** The HTML entities that appear in attribute values and names: &amp;amp; &amp;quot; &amp;#NN; &amp;#xNN; …. */
    static String unescape(String html) {
        var out = new StringBuilder(html.length());
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);")
                .matcher(html);
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default ->
                    new String(Character.toChars(
                            e.startsWith("#x")
                                    ? Integer.parseInt(e.substring(2), 16)
                                    : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
