package cn.ybfp.web.applications;

import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.Material;
import cn.ybfp.applications.api.PaymentMethod;
import cn.ybfp.applications.application.AppealService;
import cn.ybfp.applications.application.ApplicationQueries;
import cn.ybfp.applications.application.ApplicationService;
import cn.ybfp.applications.application.CaseSettings;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.api.PersonClaims;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.InsuredPersons;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Forms;
import cn.ybfp.web.view.Messages;
import cn.ybfp.web.view.Pages;
import cn.ybfp.web.view.SavedSearches;
import cn.ybfp.web.view.Uploads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.binding.BindingResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Application-based assistance (依申请救助): the work list, a new application, the case page and its steps. */
@Path("applications")
@Controller
@RequestScoped
public class ApplicationController {

    private static final int RECEIPT_ROWS = 3;

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

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

    @Inject
    BindingResult binding;

    @Inject
    MvcContext mvc;

    @Inject
    SavedSearches searches;

    /** "我的待办", the saved search {@code s}, and the open appeals. */
    @GET
    public String workList(@QueryParam("s") String search) {
        Caller caller = currentCaller.require();
        String q = searches.find(search).get("q");
        models.put("q", q);
        boolean searching = q != null && !q.isBlank();
        // a search shows only what it found: the work list is one click away, and a clerk searching wants the case
        models.put("found", queries.search(caller, q));
        models.put("work", searching ? List.of() : queries.workList(caller));
        models.put("appeals", queries.openAppeals(caller));
        models.put("canApply", caller.role() == Role.TOWNSHIP_STAFF);
        return "applications/workList.html";
    }

    /** The search form: posted, so that an ID number never appears in an address; the list shows it by key. */
    @POST
    @Path("search")
    public Response search(MultivaluedMap<String, String> form) {
        return Pages.seeOther(request, "/app/applications?s=" + searches.save(form, Set.of("q")));
    }

    /** The form for a person of the township, by the register's (opaque) id, with the person's costs of the year. */
    @GET
    @Path("new")
    public String newApplication(@QueryParam("personId") Long personId, @QueryParam("year") String year) {
        Caller caller = currentCaller.require(Role.TOWNSHIP_STAFF);
        String idNumber = personId == null
                ? null
                : persons.find(Jurisdiction.of(caller), personId, LocalDate.now(clock))
                        .map(p -> p.residentId().value())
                        .orElseThrow(NotFoundException::new);
        return form(caller, idNumber, year);
    }

    /** 查找参保人: by ID number, posted; found, the form opens for the person by id (the number stays out of the URL). */
    @POST
    @Path("new")
    public Response findPerson(@FormParam("idNumber") String idNumber, @FormParam("year") String year) {
        Caller caller = currentCaller.require(Role.TOWNSHIP_STAFF);
        var person = idNumber == null || idNumber.isBlank()
                ? Optional.<cn.ybfp.register.api.InsuredPerson>empty()
                : persons.findByIdNumber(Jurisdiction.of(caller), idNumber, LocalDate.now(clock));
        if (person.isEmpty()) {
            return Pages.badRequest(form(caller, idNumber, year));
        }
        return Pages.seeOther(
                request, "/app/applications/new?personId=" + person.get().id() + "&year=" + costYear(year));
    }

    private String form(Caller caller, String idNumber, String year) {
        int costYear = costYear(year);
        models.put("year", costYear);
        models.put("idNumber", idNumber);
        if (idNumber != null && !idNumber.isBlank()) {
            var person = persons.findByIdNumber(Jurisdiction.of(caller), idNumber, LocalDate.now(clock));
            models.put("person", person.orElse(null));
            models.put(
                    "claims",
                    person.map(p -> claims.standingClaims(Jurisdiction.of(caller), p.id(), costYear))
                            .orElse(List.of()));
            if (person.isEmpty()) {
                models.put(
                        "error",
                        Map.of("field", "idNumber", "message", Messages.get(mvc.getLocale(), "apps.notInRegister")));
            }
        }
        return form();
    }

    private int costYear(String year) {
        return year == null || !year.strip().matches("\\d{4}")
                ? LocalDate.now(clock).getYear()
                : Integer.parseInt(year.strip());
    }

    @POST
    public Response submit(@Valid @BeanParam ApplicationFormParams params) {
        Caller caller = currentCaller.require(Role.TOWNSHIP_STAFF);
        if (binding.isFailed()) {
            Forms.refused(models, binding, mvc.getLocale(), field -> "field." + field);
            models.put("entered", Forms.echo(params, "submit"));
            return Pages.badRequest(form(caller, params.idNumber, params.year));
        }
        return Pages.attempt(
                models,
                () -> {
                    long id = service.submit(caller, params.toForm());
                    return Pages.seeOther(request, "/app/applications/" + id + "?notice=submitted");
                },
                () -> {
                    models.put("entered", Forms.echo(params, "submit"));
                    return form(caller, params.idNumber, params.year);
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

    @POST
    @Path("{id}/steps/accept")
    public Response accept(@PathParam("id") long id, @Valid @BeanParam StepForms.Accept form) {
        return step(
                id,
                CaseAction.ACCEPT,
                form,
                caller -> service.accept(caller, id, form.version, form.missing(), form.comment));
    }

    @POST
    @Path("{id}/steps/complete")
    public Response complete(@PathParam("id") long id, @Valid @BeanParam StepForms.Complete form) {
        return step(id, CaseAction.COMPLETE, form, caller -> service.complete(caller, id, form.version, form.comment));
    }

    @POST
    @Path("{id}/steps/forward")
    public Response forward(@PathParam("id") long id, @Valid @BeanParam StepForms.Forward form) {
        return step(
                id,
                CaseAction.FORWARD,
                form,
                caller -> service.forward(caller, id, form.version, form.survey, form.comment));
    }

    @POST
    @Path("{id}/steps/determine")
    public Response determine(@PathParam("id") long id, @Valid @BeanParam StepForms.Determine form) {
        return step(
                id,
                CaseAction.DETERMINE,
                form,
                caller -> service.determine(
                        caller, id, form.version, form.category(), form.document, form.validFrom(), form.validTo()));
    }

    @POST
    @Path("{id}/steps/approve")
    public Response approve(@PathParam("id") long id, @Valid @BeanParam StepForms.Approve form) {
        return step(
                id,
                CaseAction.APPROVE,
                form,
                caller -> service.approve(caller, id, form.version, form.amount(), form.reason));
    }

    @POST
    @Path("{id}/steps/reject")
    public Response reject(@PathParam("id") long id, @Valid @BeanParam StepForms.Reason form) {
        return step(id, CaseAction.REJECT, form, caller -> service.reject(caller, id, form.version, form.reason));
    }

    @POST
    @Path("{id}/steps/return")
    public Response returnForCorrection(@PathParam("id") long id, @Valid @BeanParam StepForms.Reason form) {
        return step(
                id,
                CaseAction.RETURN,
                form,
                caller -> service.returnForCorrection(caller, id, form.version, form.reason));
    }

    @POST
    @Path("{id}/steps/object")
    public Response object(@PathParam("id") long id, @Valid @BeanParam StepForms.Reason form) {
        return step(id, CaseAction.OBJECT, form, caller -> service.object(caller, id, form.version, form.reason));
    }

    @POST
    @Path("{id}/steps/withdraw")
    public Response withdraw(@PathParam("id") long id, @Valid @BeanParam StepForms.Reason form) {
        return step(id, CaseAction.WITHDRAW, form, caller -> service.withdraw(caller, id, form.version, form.reason));
    }

    @POST
    @Path("{id}/steps/pay")
    public Response pay(@PathParam("id") long id, @Valid @BeanParam StepForms.Pay form) {
        return step(
                id,
                CaseAction.PAY,
                form,
                caller -> service.pay(caller, id, form.version, form.paidOn(), form.method(), form.reference));
    }

    /**
     * One step: a form that failed its constraints, or a step the case refuses, shows the case again with the
     * message at its field and what the clerk typed, as 400, and changes nothing.
     */
    private Response step(long id, CaseAction action, Object form, Consumer<Caller> command) {
        Caller caller = currentCaller.require();
        if (binding.isFailed()) {
            Forms.refused(
                    models,
                    binding,
                    mvc.getLocale(),
                    field -> field.equals("reason") ? "apps.reason." + action.name() : "field." + field);
            return Pages.badRequest(again(id, Forms.echo(form, action.name())));
        }
        return Pages.attempt(
                models,
                () -> {
                    command.accept(caller);
                    return Pages.seeOther(request, "/app/applications/" + id + "?notice=" + action.name());
                },
                () -> again(id, Forms.echo(form, action.name())));
    }

    @POST
    @Path("{id}/attachments")
    public Response attach(@PathParam("id") long id, List<EntityPart> parts) throws IOException {
        Caller caller = currentCaller.require();
        Uploads.File file =
                Uploads.file(parts, "file", settings.maxAttachmentMb() * 1024 * 1024 + 1); // one byte more: too big
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
    public Response appeal(@PathParam("id") long id, @Valid @BeanParam StepForms.Grounds form) {
        Caller caller = currentCaller.require();
        if (binding.isFailed()) {
            Forms.refused(models, binding, mvc.getLocale(), field -> "appeal." + field);
            return Pages.badRequest(again(id, Forms.echo(form, "APPEAL")));
        }
        return Pages.attempt(
                models,
                () -> {
                    long appeal = appeals.againstDecision(caller, id, form.grounds);
                    return Pages.seeOther(request, "/app/appeals/" + appeal + "?notice=filed");
                },
                () -> again(id, Forms.echo(form, "APPEAL")));
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
    private String again(long id, Map<String, List<String>> fields) {
        models.put("entered", fields);
        return detail(id, null);
    }
}
