package cn.ybfp.web.api;

import cn.ybfp.claims.application.HospitalApi;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.web.security.OidcConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who a hospital system's bearer token belongs to. The token is first checked here ({@link LocalTokenCheck}:
 * signature against the realm's keys, expiry, issuer, audience, a hospital client of the allow-list
 * {@code portal.hospital-api.clients}), so that random or forged bearer strings cost Keycloak nothing; a token that
 * passes is then asked of Keycloak by token introspection (RFC 7662), which alone knows whether it was revoked.
 * Only tokens of a hospital client (one with a {@code hospital_county} claim) are accepted. An answer is kept until
 * the token expires, at most a minute, so that a busy hospital system costs one introspection a minute, not one per
 * claim.
 */
@ApplicationScoped
public class HospitalTokens {

    private static final Logger LOG = Logger.getLogger(HospitalTokens.class.getName());
    private static final long MAX_CACHE_SECONDS = 60;
    private static final int MAX_CACHED = 10_000;

    private record Cached(Optional<HospitalApi.Caller> hospital, Instant until) {}

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private final Client http = ClientBuilder.newBuilder()
            .connectTimeout(5, TimeUnit.SECONDS)
            .readTimeout(10, TimeUnit.SECONDS)
            .build();

    @Inject
    OidcConfig oidc;

    @Inject
    @ConfigProperty(name = "portal.hospital-api.clients", defaultValue = "hospital-shuangyang,hospital-yongji")
    List<String> clients;

    private LocalTokenCheck local;

    @PostConstruct
    void keys() {
        try {
            var jwks = new URL(oidc.getProviderUri() + "/protocol/openid-connect/certs");
            local = new LocalTokenCheck(
                    JWKSourceBuilder.create(jwks, new DefaultResourceRetriever(5000, 5000))
                            .build(),
                    oidc.getProviderUri(),
                    oidc.getClientId(),
                    Set.copyOf(clients));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException("portal.oidc.provider-uri is not an address", e);
        }
    }

    public Optional<HospitalApi.Caller> hospitalOf(String token) {
        String key = sha256(token);
        Cached cached = cache.get(key);
        if (cached != null && cached.until().isAfter(Instant.now())) {
            return cached.hospital();
        }
        if (local.check(token).isEmpty()) {
            return Optional.empty(); // refused without a word to Keycloak, and not cached: nothing to remember
        }
        Cached fresh = introspect(token);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, fresh);
        return fresh.hospital();
    }

    private Cached introspect(String token) {
        String basic = Base64.getEncoder()
                .encodeToString((oidc.getClientId() + ":" + oidc.getClientSecret()).getBytes(StandardCharsets.UTF_8));
        try (Response response = http.target(oidc.getProviderUri() + "/protocol/openid-connect/token/introspect")
                .request()
                .header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .post(Entity.form(new Form("token", token)))) {
            if (response.getStatus() != 200) {
                LOG.warning(() -> "token introspection answered " + response.getStatus());
                return new Cached(Optional.empty(), Instant.now());
            }
            JsonNode answer = json.readTree(response.readEntity(String.class));
            Instant now = Instant.now();
            if (!answer.path("active").asBoolean(false)) {
                return new Cached(Optional.empty(), now.plusSeconds(MAX_CACHE_SECONDS));
            }
            Instant expires = Instant.ofEpochSecond(answer.path("exp").asLong(now.getEpochSecond()));
            Instant until =
                    expires.isBefore(now.plusSeconds(MAX_CACHE_SECONDS)) ? expires : now.plusSeconds(MAX_CACHE_SECONDS);
            return new Cached(hospital(answer), until);
        } catch (java.io.IOException | jakarta.ws.rs.ProcessingException e) {
            LOG.warning(() -> "token introspection failed: " + e);
            return new Cached(Optional.empty(), Instant.now());
        }
    }

    private static Optional<HospitalApi.Caller> hospital(JsonNode answer) {
        String client = answer.path("client_id").asText(answer.path("azp").asText(""));
        return DivisionCode.tryParse(answer.path("hospital_county").asText(""))
                .filter(code -> code.level() == DivisionLevel.COUNTY)
                .map(county -> new HospitalApi.Caller(
                        client, answer.path("hospital_name").asText(client), county));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
