package cn.ybfp.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * The headers every response carries, so that a browser helps to protect what the portal shows:
 *
 * <ul>
 *   <li>a Content-Security-Policy that allows only the portal's own files: no inline script (the one script is
 *       {@code static/portal.js}), no framing ({@code frame-ancestors 'none'}), forms only to the portal and to
 *       Keycloak (logout ends there);
 *   <li>{@code X-Content-Type-Options: nosniff}, and {@code Referrer-Policy: no-referrer}, so that no address of the
 *       portal, with whatever it carries, reaches another site;
 *   <li>{@code Cache-Control: no-store} on every page behind the login: they show personal data, which must not stay
 *       in a shared computer's cache or be shown again by its back button after logout.
 * </ul>
 */
@WebFilter("/*")
public class SecurityHeadersFilter extends HttpFilter {

    @Inject
    OidcConfig oidc;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/app/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private String policy() {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none';"
                + " base-uri 'self'; form-action 'self' " + origin(oidc.getProviderUri()) + "; frame-ancestors 'none'";
    }

    /** "http://127.0.0.1:8180" of Keycloak's realm address. */
    static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }
}
