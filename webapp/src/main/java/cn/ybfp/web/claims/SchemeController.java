package cn.ybfp.web.claims;

import cn.ybfp.claims.application.SchemeFormException;
import cn.ybfp.claims.application.SchemeService;
import cn.ybfp.claims.application.SchemeService.SchemeForm;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.PortalLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The settlement schemes (待遇政策方案): everyone reads them; the province copies one into next year's. */
@Path("schemes")
@Controller
@RequestScoped
public class SchemeController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SchemeService schemes;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String list() {
        Caller caller = currentCaller.require();
        models.put("schemes", schemes.all());
        models.put("canCopy", caller.role() == Role.PROVINCE_SUPERVISOR);
        return "claims/schemeList.html";
    }

    @GET
    @Path("{id}")
    public String view(@PathParam("id") String id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("scheme", schemes.view(id).orElseThrow(NotFoundException::new));
        models.put("notice", notice);
        models.put("canCopy", caller.role() == Role.PROVINCE_SUPERVISOR);
        return "claims/schemeView.html";
    }

    @GET
    @Path("{id}/copy")
    public String copyForm(@PathParam("id") String id) {
        Caller caller = currentCaller.require();
        return form(id, schemes.copyOf(caller, id).orElseThrow(NotFoundException::new), Map.of());
    }

    /** Every parameter arrives as a form field named by its path in the scheme ("p.basic.inpatient.yearlyCap"). */
    @POST
    @Path("{id}/copy")
    public Response copy(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        Caller caller = currentCaller.require();
        Map<String, String> values = new HashMap<>();
        fields.forEach((name, list) -> {
            if (name.startsWith("p.") && !list.isEmpty()) {
                values.put(name.substring(2), list.get(0));
            }
        });
        SchemeForm form = new SchemeForm(
                id,
                fields.getFirst("id"),
                fields.getFirst("name"),
                fields.getFirst("year"),
                fields.getFirst("region"),
                fields.getFirst("basis"),
                values);
        try {
            String created = schemes.create(caller, form);
            return Response.seeOther(
                            URI.create(request.getContextPath() + "/app/schemes/" + created + "?notice=created"))
                    .build();
        } catch (SchemeFormException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(form(id, form, e.problems(PortalLocale.of(request))))
                    .build();
        }
    }

    private String form(String sourceId, SchemeForm form, Map<String, String> problems) {
        models.put("source", schemes.view(sourceId).orElseThrow(NotFoundException::new));
        models.put("form", form);
        models.put("problems", problems);
        return "claims/schemeForm.html";
    }
}
