package cn.ybfp.web.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Keycloak's admin REST API, as an administrator disabling a user would use it (the realm ybfp). */
final class KeycloakAdmin {

    private static final String KEYCLOAK = System.getProperty("keycloak.url", "http://127.0.0.1:8280");
    private static final String PASSWORD = System.getProperty("keycloak.admin.password", "");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    KeycloakAdmin() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        var response = http.send(
                HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher match = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !match.find()) {
            throw new IllegalStateException("no admin token (-Dkeycloak.admin.password): " + response.statusCode());
        }
        token = match.group(1);
    }

    /** Enables or disables a user of the realm. */
    void setEnabled(String username, boolean enabled) throws IOException, InterruptedException {
        var users = http.send(
                request("/admin/realms/ybfp/users?exact=true&username=" + username)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(users.body());
        if (!id.find()) {
            throw new IllegalStateException("no user " + username);
        }
        var update = http.send(
                request("/admin/realms/ybfp/users/" + id.group(1))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (update.statusCode() != 204) {
            throw new IllegalStateException("updating " + username + " answered " + update.statusCode());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(KEYCLOAK + path)).header("Authorization", "Bearer " + token);
    }
}
