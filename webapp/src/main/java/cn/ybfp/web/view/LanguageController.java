package cn.ybfp.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The language switch: remembers the choice in a cookie and returns to the page it came from. */
@Path("lang")
@Controller
@RequestScoped
public class LanguageController {

    @Inject
    HttpServletRequest request;

    @GET
    public Response switchTo(@QueryParam("to") String language, @QueryParam("back") String back) {
        var locale = PortalLocale.supported(language);
        // only paths inside the portal, so the switch cannot be used to send someone elsewhere
        String target = back != null && back.startsWith("/app/") && !back.contains("//") ? back : "/app/";
        var response = Response.seeOther(URI.create(request.getContextPath() + target));
        if (locale != null) {
            response.cookie(new NewCookie.Builder(PortalLocale.COOKIE)
                    .value(locale.getLanguage())
                    .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                    .maxAge(365 * 24 * 3600)
                    .httpOnly(true)
                    .sameSite(NewCookie.SameSite.LAX)
                    .build());
        }
        return response.build();
    }
}
