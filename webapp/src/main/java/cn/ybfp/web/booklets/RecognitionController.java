package cn.ybfp.web.booklets;

import cn.ybfp.booklets.api.RecognitionStatus;
import cn.ybfp.booklets.application.BookletSettings;
import cn.ybfp.booklets.application.RecognitionService;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Pages;
import cn.ybfp.web.view.Uploads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Recognitions (慢特病认定): the township starts one for a patient with the scanned diagnosis; the county recognises
 * it, grants the drug cover only, or refuses it; everyone lists and reads those of their area.
 */
@Path("booklets/recognitions")
@Controller
@RequestScoped
public class RecognitionController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RecognitionService service;

    @Inject
    BookletSettings settings;

    @Inject
    InsuredPersons register;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @GET
    public String list(@QueryParam("status") String status) {
        Caller caller = currentCaller.require();
        models.put("rows", service.list(caller, status));
        models.put("status", status == null ? "" : status);
        models.put("statuses", RecognitionStatus.values());
        return "booklets/recognitionList.html";
    }

    @GET
    @Path("new")
    public String startForm(@QueryParam("person") long personId) {
        Caller caller = currentCaller.require();
        var person = register.find(Jurisdiction.of(caller), personId, LocalDate.now(clock))
                .orElseThrow(NotFoundException::new);
        models.put(
                "person",
                Map.of(
                        "id",
                        person.id(),
                        "name",
                        person.name(),
                        "idNumber",
                        person.residentId().masked()));
        if (!models.asMap().containsKey("entered")) {
            models.put("entered", Map.of());
        }
        return "booklets/recognitionForm.html";
    }

    @POST
    public Response start(List<EntityPart> parts) throws IOException {
        Caller caller = currentCaller.require();
        var form = new RecognitionService.StartForm(
                Uploads.text(parts, "personId"),
                Uploads.text(parts, "disease"),
                Uploads.text(parts, "hospital"),
                Uploads.text(parts, "doctor"),
                Uploads.text(parts, "diagnosedOn"));
        Uploads.File file =
                Uploads.file(parts, "file", settings.maxEvidenceMb() * 1024 * 1024 + 1); // one byte more: too big
        return Pages.attempt(
                models,
                () -> {
                    long id = service.start(caller, form, file.name(), file.content());
                    return Pages.seeOther(request, "/app/booklets/recognitions/" + id + "?notice=started");
                },
                () -> {
                    models.put(
                            "entered",
                            Map.of(
                                    "disease", blank(form.disease()),
                                    "hospital", blank(form.hospital()),
                                    "doctor", blank(form.doctor()),
                                    "diagnosedOn", blank(form.diagnosedOn())));
                    return startForm(parseId(form.personId()));
                });
    }

    @GET
    @Path("{id}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("r", service.detail(caller, id));
        models.put("notice", notice);
        models.put("canDecide", caller.role() == Role.COUNTY_STAFF);
        return "booklets/recognition.html";
    }

    @POST
    @Path("{id}/recognise")
    public Response recognise(@PathParam("id") long id, @FormParam("version") long version) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> {
                    long booklet = service.recognise(caller, id, version);
                    return Pages.seeOther(request, "/app/booklets/" + booklet + "?notice=recognised");
                },
                () -> detail(id, null));
    }

    @POST
    @Path("{id}/drug-cover")
    public Response drugCover(@PathParam("id") long id, @FormParam("version") long version) {
        Caller caller = currentCaller.require();
        return decided(id, "drugCover", () -> service.coverDrugsOnly(caller, id, version));
    }

    @POST
    @Path("{id}/refuse")
    public Response refuse(
            @PathParam("id") long id, @FormParam("version") long version, @FormParam("reason") String reason) {
        Caller caller = currentCaller.require();
        return decided(id, "refused", () -> service.refuse(caller, id, version, reason));
    }

    private Response decided(long id, String notice, Runnable decision) {
        return Pages.attempt(
                models,
                request,
                "/app/booklets/recognitions/" + id + "?notice=" + notice,
                decision,
                () -> detail(id, null));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }
}
