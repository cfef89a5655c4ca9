package cn.ybfp.web.security;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ForbiddenException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The logged-in user as a {@link Caller}: the division comes from the identity token that Keycloak signed, never from
 * the request, and the role is the one the user holds at the level of that division. A user whose account lacks
 * either gets no portal at all.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    @Inject
    OpenIdContext openIdContext;

    private Optional<Caller> caller;

    /** The caller, when logged in with a usable role and division. */
    public Optional<Caller> find() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    /** The caller, or 403 for a login without a usable role and division. */
    public Caller require() {
        return find().orElseThrow(ForbiddenException::new);
    }

    /** The caller, or 403 unless the caller holds {@code role}: a page only that role works on. */
    public Caller require(Role role) {
        Caller found = require();
        if (found.role() != role) {
            throw new ForbiddenException();
        }
        return found;
    }

    /**
     * The caller to greet in the header, also on error pages: the container does not re-authenticate the error
     * dispatch, so there the session's identity token stands in. For display only, never for authorization.
     */
    public Optional<Caller> forDisplay() {
        return find().or(this::fromSessionToken);
    }

    private Optional<Caller> resolve() {
        if (request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        return callerFrom(
                openIdContext.getIdentityToken().getJwtClaims(),
                request.getUserPrincipal().getName());
    }

    private Optional<Caller> fromSessionToken() {
        try {
            var token = request.getSession(false) == null ? null : openIdContext.getIdentityToken();
            if (token == null) {
                return Optional.empty();
            }
            JwtClaims claims = token.getJwtClaims();
            return claims.getStringClaim("preferred_username").flatMap(username -> callerFrom(claims, username));
        } catch (RuntimeException e) { // no OpenID login in this session
            return Optional.empty();
        }
    }

    private Optional<Caller> callerFrom(JwtClaims claims, String username) {
        Optional<DivisionCode> division = claims.getStringClaim("division").flatMap(DivisionCode::tryParse);
        // The roles from the signed identity token itself: the container's group mapping misses them now and then
        // (on the first request after login, Payara #4734, and under concurrent requests of one session).
        List<String> groups = claims.getArrayStringClaim("groups");
        Optional<Role> role = division.flatMap(d -> Arrays.stream(Role.values())
                .filter(r ->
                        r.level() == d.level() && (groups.contains(r.roleName()) || request.isUserInRole(r.roleName())))
                .findFirst());
        if (role.isEmpty()) {
            return Optional.empty();
        }
        String displayName =
                claims.getStringClaim("name").filter(n -> !n.isBlank()).orElse(username);
        return Optional.of(new Caller(username, displayName, role.get(), division.get()));
    }
}
