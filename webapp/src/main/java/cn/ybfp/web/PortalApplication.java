package cn.ybfp.web;

import jakarta.mvc.security.Csrf;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The portal's pages under {@code /app}. CSRF protection is implicit: Krazo checks the token on every POST, PUT,
 * PATCH and DELETE, so no form can forget it. {@code @RolesAllowed} on controllers is enforced by Jersey's feature.
 */
@ApplicationPath("app")
public class PortalApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                Csrf.CSRF_PROTECTION,
                Csrf.CsrfOptions.IMPLICIT,
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature");
    }
}
