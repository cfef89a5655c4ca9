package cn.ybfp.web.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Optional;
import java.util.Set;

/**
 * What the hospital API checks of a bearer token before it asks Keycloak anything: a JWT signed (RS256) by one of
 * the realm's keys, not expired, issued by the realm, for the portal (audience), by a hospital client of the
 * allow-list, with the hospital's county. A random string or a forged token is refused here, at no cost to
 * Keycloak; only a token that passes is introspected (to learn whether it was revoked).
 */
final class LocalTokenCheck {

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Set<String> clients;

    /**
     * @param keys     the realm's signing keys (its JWKS endpoint, cached)
     * @param issuer   the realm's address, as tokens name it
     * @param audience the portal's client id, which a hospital token must be for
     * @param clients  the hospital clients that may call the API
     */
    LocalTokenCheck(JWKSource<SecurityContext> keys, String issuer, String audience, Set<String> clients) {
        this.clients = Set.copyOf(clients);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                audience, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp", "azp", "hospital_county")));
    }

    /** The token's claims when every check passes; empty otherwise. */
    Optional<JWTClaimsSet> check(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            return clients.contains(claims.getStringClaim("azp")) ? Optional.of(claims) : Optional.empty();
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
