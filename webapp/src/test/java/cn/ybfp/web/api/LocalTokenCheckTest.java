package cn.ybfp.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A hospital token passes the local check only when signed by the realm, current, and for the portal. */
class LocalTokenCheckTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/ybfp";
    private static final RSAKey REALM = key("realm");
    private static final RSAKey OTHER = key("realm"); // the same key id, another key: a forgery

    private final LocalTokenCheck check = new LocalTokenCheck(
            new ImmutableJWKSet<>(new JWKSet(REALM.toPublicJWK())),
            ISSUER,
            "ybfp-portal",
            Set.of("hospital-shuangyang"));

    @Test
    void aCurrentTokenOfTheRealmForThePortalPasses() {
        assertThat(check.check(token(REALM, claims -> claims))).isPresent();
    }

    @Test
    void anythingElseIsRefusedHere() {
        assertThat(check.check("not a token at all")).isEmpty();
        assertThat(check.check(token(OTHER, claims -> claims)))
                .as("signed by another key")
                .isEmpty();
        assertThat(check.check(token(
                        REALM,
                        claims -> claims.expirationTime(Date.from(Instant.now().minusSeconds(120))))))
                .as("expired")
                .isEmpty();
        assertThat(check.check(token(REALM, claims -> claims.issuer("http://evil.example/realms/ybfp"))))
                .as("another issuer")
                .isEmpty();
        assertThat(check.check(token(REALM, claims -> claims.audience("account"))))
                .as("not for the portal")
                .isEmpty();
        assertThat(check.check(token(REALM, claims -> claims.claim("azp", "hospital-elsewhere"))))
                .as("a client off the allow-list")
                .isEmpty();
        assertThat(check.check(token(REALM, claims -> claims.claim("hospital_county", null))))
                .as("no hospital")
                .isEmpty();
    }

    private static String token(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        var claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience("ybfp-portal")
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("azp", "hospital-shuangyang")
                .claim("hospital_county", "220112");
        try {
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    change.apply(claims).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
