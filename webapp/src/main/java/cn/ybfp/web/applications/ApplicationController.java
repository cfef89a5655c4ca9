package cn.ybfp.web.applications;

import cn.ybfp.applications.api.AttachmentLimit;
import cn.ybfp.applications.api.Material;
import cn.ybfp.applications.api.PaymentMethod;
import cn.ybfp.applications.application.AppealService;
import cn.ybfp.applications.application.ApplicationForm;
import cn.ybfp.applications.application.ApplicationQueries;
import cn.ybfp.applications.application.ApplicationService;
import cn.ybfp.applications.application.CaseSettings;
import cn.ybfp.applications.application.StepForm;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.PersonClaims;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Beijing;
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
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Application-based assistance (依申请救助): the work list, a new application, the case page and its steps. */
@Path("applications")
@Controller
@RequestScoped
public class ApplicationController {

    private static final int RECEIPT_ROWS = 3;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ApplicationService service;

    @Inject
    ApplicationQueries queries;

    @Inject
    AppealService appeals;

    @Inject
    InsuredPersons persons;

    @Inject
    PersonClaims claims;

    @Inject
    CaseSettings settings;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    /** "我的待办", the search, and the open appeals. */
    @GET
    public String workList(@QueryParam("q") String q) {
        Caller caller = currentCaller.require();
        models.put("q", q);
        boolean searching = q != null && !q.isBlank();
        // a search shows only what it found: the work list is one click away, and a clerk searching wants the case
        models.put("found", queries.search(caller, q));
        models.put("work", searching ? List.of() : queries.workList(caller));
        models.put("appeals", queries.openAppeals(caller));
        models.put("canApply", caller.role() == Role.TOWNSHIP_STAFF);
        return "applications/workList.html";
    }

    @GET
    @Path("new")
    public String newApplication(@QueryParam("idNumber") String idNumber, @QueryParam("year") String year) {
        Caller caller = currentCaller.require(Role.TOWNSHIP_STAFF);
        int costYear = year == null || !year.strip().matches("\\d{4}")
                ? Beijing.today().getYear()
                : Integer.parseInt(year.strip());
        models.put("year", costYear);
        models.put("idNumber", idNumber);
        if (idNumber != null && !idNumber.isBlank()) {
            var person = persons.findByIdNumber(Jurisdiction.of(caller), idNumber, Beijing.today());
            models.put("person", person.orElse(null));
            models.put(
                    "claims",
                    person.map(p -> claims.standingClaims(Jurisdiction.of(caller), p.id(), costYear))
                            .orElse(List.of()));
            if (person.isEmpty()) {
                models.put("error", Map.of("field", "idNumber", "message", "身份证号：本乡镇参保台账中没有此人，请先在参保台账登记"));
            }
        }
        return form();
    }

    @POST
    public Response submit(MultivaluedMap<String, String> fields) {
        Caller caller = currentCaller.require(Role.TOWNSHIP_STAFF);
        List<ApplicationForm.ReceiptForm> receipts = new ArrayList<>();
        for (int i = 0; i < RECEIPT_ROWS; i++) {
            receipts.add(new ApplicationForm.ReceiptForm(
                    fields.getFirst("r" + i + ".hospital"),
                    fields.getFirst("r" + i + ".kind"),
                    fields.getFirst("r" + i + ".date"),
                    fields.getFirst("r" + i + ".level"),
                    fields.getFirst("r" + i + ".total"),
                    fields.getFirst("r" + i + ".outOfPolicy")));
        }
        var form = new ApplicationForm(
                fields.getFirst("idNumber"),
                fields.getFirst("village"),
                fields.getFirst("year"),
                fields.getFirst("householdMembers"),
                fields.getFirst("householdIncome"),
                fields.getFirst("assets"),
                "true".equals(fields.getFirst("declarationSigned")),
                list(fields, "materials"),
                list(fields, "claimIds"),
                receipts);
        return Pages.attempt(
                models,
                () -> {
                    long id = service.submit(caller, form);
                    return Pages.seeOther(request, "/app/applications/" + id + "?notice=submitted");
                },
                () -> {
                    models.put("entered", fields);
                    return newApplication(fields.getFirst("idNumber"), fields.getFirst("year"));
                });
    }

    @GET
    @Path("{id}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("view", queries.view(caller, id).orElseThrow(NotFoundException::new));
        models.put("notice", notice);
        models.put("materials", Material.values());
        models.put("categories", AssistanceCategory.values());
        models.put("methods", PaymentMethod.values());
        models.put("today", settings.now().toLocalDate()); // Beijing time, as every time limit
        models.put("canAppeal", caller.role() != Role.PROVINCE_SUPERVISOR);
        return "applications/detail.html";
    }

    /** One step; refused input re-renders the case with the message at its field and changes nothing. */
    @POST
    @Path("{id}/steps")
    public Response step(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Caller caller = currentCaller.require();
        var form = new StepForm(
                fields.getFirst("action"),
                version(fields),
                list(fields, "missing"),
                fields.getFirst("comment"),
                fields.getFirst("survey"),
                fields.getFirst("category"),
                fields.getFirst("document"),
                fields.getFirst("validFrom"),
                fields.getFirst("validTo"),
                fields.getFirst("amount"),
                fields.getFirst("reason"),
                fields.getFirst("paidOn"),
                fields.getFirst("method"),
                fields.getFirst("reference"));
        return Pages.attempt(
                models,
                () -> {
                    service.act(caller, id, form);
                    return Pages.seeOther(request, "/app/applications/" + id + "?notice=" + fields.getFirst("action"));
                },
                () -> again(id, fields));
    }

    @POST
    @Path("{id}/attachments")
    public Response attach(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        Caller caller = currentCaller.require();
        Uploads.File file = Uploads.file(parts, "file", AttachmentLimit.BYTES + 1); // one byte more: too big
        return Pages.attempt(
                models,
                () -> {
                    service.attach(caller, id, file.name(), file.content());
                    return Pages.seeOther(request, "/app/applications/" + id + "?notice=attached");
                },
                () -> again(id, null));
    }

    @POST
    @Path("{id}/appeals")
    public Response appeal(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> {
                    long appeal = appeals.againstDecision(caller, id, fields.getFirst("grounds"));
                    return Pages.seeOther(request, "/app/appeals/" + appeal + "?notice=filed");
                },
                () -> again(id, fields));
    }

    /** 申请审批表 and 决定书, printable. */
    @GET
    @Path("{id}/print")
    public String print(@PathParam("id") long id, @QueryParam("what") String what) {
        Caller caller = currentCaller.require();
        models.put("view", queries.view(caller, id).orElseThrow(NotFoundException::new));
        return "decision".equals(what) ? "applications/decisionNotice.html" : "applications/applicationForm.html";
    }

    @GET
    @Path("notices")
    public String notices() {
        Caller caller = currentCaller.require();
        models.put("notices", queries.notices(caller));
        return "applications/notices.html";
    }

    @GET
    @Path("overview")
    public String overview() {
        Caller caller = currentCaller.require();
        if (caller.role() == Role.TOWNSHIP_STAFF) {
            throw new ForbiddenException();
        }
        models.put("table", queries.overview(caller));
        models.put("states", cn.ybfp.applications.api.CaseState.values());
        return "applications/overview.html";
    }

    private String form() {
        models.put("materials", Material.values());
        models.put("kinds", ClaimKind.values());
        models.put(
                "rows",
                java.util.stream.IntStream.range(0, RECEIPT_ROWS).boxed().toList());
        return "applications/new.html";
    }

    /** The case page again after a refused step, with what the clerk had typed. */
    private String again(long id, MultivaluedMap<String, String> fields) {
        models.put("entered", fields);
        return detail(id, null);
    }

    private static long version(MultivaluedMap<String, String> fields) {
        try {
            return Long.parseLong(fields.getFirst("version"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> list(MultivaluedMap<String, String> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : values;
    }
}
