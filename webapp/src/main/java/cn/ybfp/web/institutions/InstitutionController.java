package cn.ybfp.web.institutions;

import cn.ybfp.claims.application.InstitutionMatching;
import cn.ybfp.institutions.application.InstitutionService;
import cn.ybfp.institutions.application.InstitutionService.InstitutionForm;
import cn.ybfp.kernel.Beijing;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/**
 * The registry of designated institutions (定点医疗机构): the county reads its own, the province all and keeps them,
 * binds a hospital system to its institution, and matches the claims confirmed before the registry to it.
 */
@Path("institutions")
@Controller
@RequestScoped
public class InstitutionController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    InstitutionService institutions;

    @Inject
    InstitutionMatching matching;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    /** The form's fields, bound from the request. */
    public static class Fields {
        @FormParam("code")
        String code;

        @FormParam("name")
        String name;

        @FormParam("level")
        String level;

        @FormParam("assistanceDesignated")
        boolean assistanceDesignated;

        @FormParam("agreementFrom")
        String agreementFrom;

        @FormParam("agreementTo")
        String agreementTo;

        @FormParam("apiClient")
        String apiClient;

        InstitutionForm form() {
            return new InstitutionForm(code, name, level, assistanceDesignated, agreementFrom, agreementTo, apiClient);
        }
    }

    @GET
    public String list(@QueryParam("notice") String notice, @QueryParam("matched") Integer matched) {
        Caller caller = currentCaller.require();
        models.put("rows", institutions.list(caller));
        models.put("today", LocalDate.now(Beijing.clock()));
        models.put("canKeep", caller.role() == Role.PROVINCE_SUPERVISOR);
        models.put(
                "unmatched", caller.role() == Role.TOWNSHIP_STAFF ? java.util.List.of() : matching.unmatched(caller));
        models.put("notice", notice);
        models.put("matched", matched);
        return "institutions/list.html";
    }

    @GET
    @Path("{code:H\\d{11}}")
    public String detail(@PathParam("code") String code, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("r", institutions.find(caller, code));
        models.put("canKeep", caller.role() == Role.PROVINCE_SUPERVISOR);
        models.put("notice", notice);
        return "institutions/detail.html";
    }

    @POST
    public Response add(@BeanParam Fields fields) {
        Caller caller = currentCaller.require();
        models.put("typed", fields.form());
        return Pages.attempt(
                models,
                () -> Pages.seeOther(
                        request, "/app/institutions/" + institutions.add(caller, fields.form()) + "?notice=added"),
                () -> list(null, null));
    }

    @POST
    @Path("{code:H\\d{11}}")
    public Response change(
            @PathParam("code") String code, @FormParam("version") long version, @BeanParam Fields fields) {
        Caller caller = currentCaller.require();
        models.put("typed", fields.form());
        return Pages.attempt(
                models,
                request,
                "/app/institutions/" + code + "?notice=changed",
                () -> institutions.change(caller, code, version, fields.form()),
                () -> detail(code, null));
    }

    @POST
    @Path("match")
    public Response match() {
        Caller caller = currentCaller.require();
        int matched = matching.match(caller);
        return Pages.seeOther(request, "/app/institutions?notice=matched&matched=" + matched);
    }
}
