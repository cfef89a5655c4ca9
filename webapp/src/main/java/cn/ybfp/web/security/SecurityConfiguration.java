package cn.ybfp.web.security;

import cn.ybfp.kernel.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Login through Keycloak with the authorization code flow. Keycloak puts the realm roles into the {@code groups}
 * claim and the user's division into {@code division}; {@code payara-web.xml} maps each group to the role of the
 * same name. Logout is ours ({@link LogoutController}) so that it can be a CSRF-protected POST.
 *
 * <p>The realm gives the portal's tokens a minute ({@code access.token.lifespan} 60), and the portal refreshes them
 * when they run out ({@code tokenAutoRefresh}): a user whom Keycloak disables, or whose session it ends, is logged
 * out of the portal at the next page after that minute, when the refresh is refused.
 */
@ApplicationScoped
@DeclareRoles({Role.TOWNSHIP, Role.COUNTY, Role.PROVINCE})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}/app/callback",
        redirectToOriginalResource = true,
        tokenAutoRefresh = true,
        scope = {"openid", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
public class SecurityConfiguration {}
