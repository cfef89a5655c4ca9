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
        var update = http.send(
                request("/admin/realms/ybfp/users/" + idOf(username))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (update.statusCode() != 204) {
            throw new IllegalStateException("updating " + username + " answered " + update.statusCode());
        }
    }

    /** Creates a province supervisor who is not a demo account; answers the user's id. */
    String createSupervisor(String username, String password) throws IOException, InterruptedException {
        String user = "{\"username\":\"" + username + "\",\"enabled\":true,\"firstName\":\"省医保局 测试\","
                + "\"attributes\":{\"division\":[\"220000\"]},\"credentials\":[{\"type\":\"password\",\"value\":\""
                + password + "\",\"temporary\":false}]}";
        check(
                http.send(
                        request("/admin/realms/ybfp/users")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(user))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                201);
        String id = idOf(username);
        var role = http.send(
                request("/admin/realms/ybfp/roles/province-supervisor").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        check(
                http.send(
                        request("/admin/realms/ybfp/users/" + id + "/role-mappings/realm")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("[" + role.body() + "]"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()),
                204);
        return id;
    }

    void deleteUser(String id) throws IOException, InterruptedException {
        check(
                http.send(
                        request("/admin/realms/ybfp/users/" + id).DELETE().build(),
                        HttpResponse.BodyHandlers.ofString()),
                204);
    }

    private String idOf(String username) throws IOException, InterruptedException {
        var users = http.send(
                request("/admin/realms/ybfp/users?exact=true&username=" + username)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(users.body());
        if (!id.find()) {
            throw new IllegalStateException("no user " + username);
        }
        return id.group(1);
    }

    private static void check(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(KEYCLOAK + path)).header("Authorization", "Bearer " + token);
    }
}
