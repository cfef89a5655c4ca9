package cn.ybfp.web.supervision;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Role;
import cn.ybfp.supervision.api.RectificationStatus;
import cn.ybfp.supervision.application.RectificationService;
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
import java.util.List;

/**
 * The rectification ledger (问题清单): the list by month and status, printable; an item with the county's answer and
 * evidence, the province's closing, sending back and re-check ("回头看").
 */
@Path("supervision/ledger")
@Controller
@RequestScoped
public class LedgerController {

    /** One byte more than the service allows, so that it can tell a file that is too big. */
    private static final int EVIDENCE_LIMIT = 10 * 1024 * 1024 + 1;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RectificationService ledger;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String list(@QueryParam("month") String month, @QueryParam("status") String status) {
        Caller caller = currentCaller.require();
        models.put("month", month == null ? "" : month);
        models.put("status", status == null ? "" : status);
        models.put("statuses", RectificationStatus.values());
        models.put("items", ledger.ledger(caller, month, status(status)));
        return "supervision/ledger.html";
    }

    @GET
    @Path("{id:\\d+}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("d", ledger.detail(caller, id));
        models.put("notice", notice);
        models.put("canAnswer", caller.role() == Role.COUNTY_STAFF);
        models.put("canClose", caller.role() == Role.PROVINCE_SUPERVISOR);
        return "supervision/ledgerItem.html";
    }

    @POST
    @Path("{id:\\d+}/answer")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response answer(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        Caller caller = currentCaller.require();
        long version = version(Uploads.text(parts, "version"));
        String answer = Uploads.text(parts, "answer");
        Uploads.File file = Uploads.file(parts, "file", EVIDENCE_LIMIT);
        return decided(id, "answered", () -> ledger.answer(caller, id, version, answer, file.name(), file.content()));
    }

    @POST
    @Path("{id:\\d+}/close")
    public Response close(
            @PathParam("id") long id, @FormParam("version") long version, @FormParam("note") String note) {
        Caller caller = currentCaller.require();
        return decided(id, "closed", () -> ledger.close(caller, id, version, note));
    }

    @POST
    @Path("{id:\\d+}/reopen")
    public Response reopen(
            @PathParam("id") long id, @FormParam("version") long version, @FormParam("note") String note) {
        Caller caller = currentCaller.require();
        return decided(id, "reopened", () -> ledger.reopen(caller, id, version, note));
    }

    @POST
    @Path("{id:\\d+}/recheck")
    public Response recheck(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> Pages.seeOther(request, "/app/supervision/samples/" + ledger.recheck(caller, id)),
                () -> detail(id, null));
    }

    private Response decided(long id, String notice, Runnable decision) {
        return Pages.attempt(
                models,
                request,
                "/app/supervision/ledger/" + id + "?notice=" + notice,
                decision,
                () -> detail(id, null));
    }

    /** The form's version; a tampered one is taken as stale (the service refuses it, nothing changes). */
    private static long version(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static RectificationStatus status(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return RectificationStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "请从列表中选择状态");
        }
    }
}
