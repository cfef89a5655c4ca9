package cn.ybfp.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;

/**
 * RP-initiated logout: ends the portal session, then sends the browser to Keycloak's end-session endpoint so that
 * the single sign-on session ends too, and Keycloak returns it to the signed-out page.
 */
@Path("")
@Controller
@RequestScoped
public class LogoutController {

    @Inject
    HttpServletRequest request;

    @Inject
    OpenIdContext openIdContext;

    @Inject
    OidcConfig oidcConfig;

    @POST
    @Path("logout")
    public Response logout() {
        String idToken = openIdContext.getIdentityToken().getToken();
        // The login lives in the HTTP session (useSession), so ending the session ends it. Not request.logout():
        // the OpenID mechanism commits the response there, and Krazo still has to write its CSRF header.
        request.getSession().invalidate();
        request.getSession(true);
        URI endSession = UriBuilder.fromUri(oidcConfig.getEndSessionUri())
                .queryParam("id_token_hint", idToken)
                .queryParam("post_logout_redirect_uri", baseUrl() + "/app/signed-out")
                .build();
        return Response.seeOther(endSession).build();
    }

    /** Where Keycloak returns after logout; public, see web.xml. */
    @GET
    @Path("signed-out")
    public String signedOut() {
        return "signedOut.html";
    }

    /** Where Keycloak returns after login; the mechanism normally sends the user on before this is reached. */
    @GET
    @Path("callback")
    public Response callback() {
        return Response.seeOther(URI.create(baseUrl() + "/app/")).build();
    }

    private String baseUrl() {
        return request.getRequestURL().toString().replace(request.getRequestURI(), "") + request.getContextPath();
    }
}
