package cn.ybfp.web.contracts;

import cn.ybfp.contracts.application.RecordImportService;
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
 * Service records by the file (履约记录导入): upload a health centre's file, read the comparison, apply or discard
 * it, download the rejected rows with their reasons.
 */
@Path("contracts/imports")
@Controller
@RequestScoped
public class RecordImportController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RecordImportService service;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String list() {
        Caller caller = currentCaller.require();
        models.put("files", service.list(caller));
        models.put("canUpload", caller.role() != Role.PROVINCE_SUPERVISOR);
        return "contracts/imports.html";
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
                    () -> Pages.seeOther(request, "/app/contracts/imports/" + service.upload(caller, name, content)),
                    this::list);
        }
    }

    @GET
    @Path("{id:\\d+}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("f", service.detail(caller, id));
        models.put("outcomes", cn.ybfp.contracts.api.ImportOutcome.values());
        models.put("notice", notice);
        models.put("canDecide", caller.role() != Role.PROVINCE_SUPERVISOR);
        return "contracts/import.html";
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
                "/app/contracts/imports/" + id + "?notice=" + notice,
                decision,
                () -> detail(id, null));
    }
}
