package cn.ybfp.web.booklets;

import cn.ybfp.booklets.api.ListRowOutcome;
import cn.ybfp.booklets.application.HealthListService;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Pages;
import cn.ybfp.web.view.Uploads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The health department's lists (卫健部门名单): a county uploads one, reads the comparison, applies or discards it,
 * follows the recognitions it started and downloads the feedback file; the province reads every county's.
 */
@Path("booklets/health-lists")
@Controller
@RequestScoped
public class HealthListController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HealthListService service;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String list() {
        Caller caller = currentCaller.require();
        models.put("lists", service.lists(caller));
        models.put("canUpload", caller.role() == Role.COUNTY_STAFF);
        return "booklets/healthLists.html";
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) throws IOException {
        Caller caller = currentCaller.require();
        Optional<EntityPart> file = Uploads.part(parts, "file");
        try (InputStream content = file.map(EntityPart::getContent).orElse(InputStream.nullInputStream())) {
            String name = file.flatMap(Uploads::fileName).orElse(null);
            return Pages.attempt(
                    models,
                    () -> Pages.seeOther(
                            request, "/app/booklets/health-lists/" + service.upload(caller, name, content)),
                    this::list);
        }
    }

    @GET
    @Path("{id:\\d+}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("h", service.detail(caller, id));
        models.put("outcomes", ListRowOutcome.values());
        models.put("notice", notice);
        models.put("canDecide", caller.role() == Role.COUNTY_STAFF);
        return "booklets/healthList.html";
    }

    @POST
    @Path("{id:\\d+}/apply")
    public Response apply(@PathParam("id") long id, @FormParam("version") long version) {
        Caller caller = currentCaller.require();
        return decided(id, "applied", () -> service.apply(caller, id, version));
    }

    @POST
    @Path("{id:\\d+}/discard")
    public Response discard(@PathParam("id") long id, @FormParam("version") long version) {
        Caller caller = currentCaller.require();
        return decided(id, "discarded", () -> service.discard(caller, id, version));
    }

    private Response decided(long id, String notice, Runnable decision) {
        return Pages.attempt(
                models,
                request,
                "/app/booklets/health-lists/" + id + "?notice=" + notice,
                decision,
                () -> detail(id, null));
    }
}
