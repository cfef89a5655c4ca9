package cn.ybfp.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Keycloak client settings, from MicroProfile Config, for the EL in {@link SecurityConfiguration}.
 * The secret has no default on purpose: a portal without it must not start.
 */
@Named("oidcConfig")
@ApplicationScoped
public class OidcConfig {

    @Inject
    @ConfigProperty(name = "portal.oidc.provider-uri")
    String providerUri;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "portal.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** Keycloak's end-session endpoint, for RP-initiated logout. */
    public String getEndSessionUri() {
        return providerUri + "/protocol/openid-connect/logout";
    }
}
