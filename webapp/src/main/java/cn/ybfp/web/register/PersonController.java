package cn.ybfp.web.register;

import cn.ybfp.booklets.application.BookletService;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.PersonStatus;
import cn.ybfp.register.application.PersonForm;
import cn.ybfp.register.application.PersonQueries;
import cn.ybfp.register.application.RegisterCommands;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Forms;
import cn.ybfp.web.view.Pages;
import cn.ybfp.web.view.SavedSearches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.binding.BindingResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

/** The register's people: list and search, the person page, registering and editing (参保台账). */
@Path("register/people")
@Controller
@RequestScoped
public class PersonController {

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PersonQueries queries;

    @Inject
    RegisterCommands commands;

    @Inject
    DivisionDirectory divisions;

    @Inject
    Models models;

    @Inject
    BookletService booklets;

    @Inject
    HttpServletRequest request;

    @Inject
    BindingResult binding;

    @Inject
    MvcContext mvc;

    @Inject
    SavedSearches searches;

    /** The list, filtered by the saved search {@code s} (none: everyone in the jurisdiction). */
    @GET
    public String list(@QueryParam("s") String search, @QueryParam("page") String page) {
        Caller caller = currentCaller.require();
        var params = PersonSearchParams.of(searches.find(search), page);
        models.put("search", search);
        models.put("params", params);
        params.thisYear(LocalDate.now(clock).getYear());
        models.put("page", queries.search(caller, params.toSearch(), params.page()));
        putChoices(caller);
        return "register/personList.html";
    }

    /** The search form: its criteria are kept in the session, and the list shows them by key. */
    @POST
    @Path("search")
    public Response search(MultivaluedMap<String, String> form) {
        String key = searches.save(form, PersonSearchParams.FIELDS);
        return Pages.seeOther(request, "/app/register/people?s=" + key);
    }

    @GET
    @Path("new")
    public String newPerson() {
        Caller caller = currentCaller.require();
        putChoices(caller);
        models.put("form", new PersonForm(null, null, null, defaultTownship(caller), null, null, null));
        return "register/personForm.html";
    }

    @POST
    public Response register(@Valid @BeanParam PersonForms.Register params) {
        Caller caller = currentCaller.require();
        var form = params.toForm();
        if (refusedByForm()) {
            putChoices(caller);
            models.put("form", form);
            return Pages.badRequest("register/personForm.html");
        }
        return Pages.attempt(models, () -> redirectTo(commands.register(caller, form), "registered"), () -> {
            putChoices(caller);
            models.put("form", form);
            return "register/personForm.html";
        });
    }

    @GET
    @Path("{id}")
    public String detail(
            @PathParam("id") long id, @QueryParam("notice") String notice, @QueryParam("asOf") String asOf) {
        Caller caller = currentCaller.require();
        LocalDate date = parseDate(asOf);
        models.put("person", queries.detail(caller, id, date).orElseThrow(NotFoundException::new));
        models.put("booklets", booklets.ofPerson(caller, id));
        models.put("notice", notice);
        models.put("categories", AssistanceCategory.values());
        models.put("departments", Department.values());
        models.put("statuses", EnrolmentStatus.values());
        models.put("personStatuses", PersonStatus.values());
        models.put("thisYear", LocalDate.now(clock).getYear());
        return "register/personDetail.html";
    }

    @POST
    @Path("{id}")
    public Response edit(@PathParam("id") long id, @Valid @BeanParam PersonForms.Edit params) {
        Caller caller = currentCaller.require();
        var edit = params.toEdit();
        if (refusedByForm()) {
            models.put("edit", edit);
            return Pages.badRequest(detail(id, null, null));
        }
        return Pages.attempt(
                models,
                () -> {
                    commands.edit(caller, id, edit);
                    return redirectTo(id, "saved");
                },
                () -> {
                    models.put("edit", edit);
                    return detail(id, null, null);
                });
    }

    @POST
    @Path("{id}/categories")
    public Response addCategory(@PathParam("id") long id, @Valid @BeanParam PersonForms.Category params) {
        Caller caller = currentCaller.require();
        var form = params.toForm();
        if (refusedByForm()) {
            models.put("categoryForm", form);
            return Pages.badRequest(detail(id, null, null));
        }
        return Pages.attempt(
                models,
                () -> {
                    commands.addCategory(caller, id, form);
                    return redirectTo(id, "categoryAdded");
                },
                () -> {
                    models.put("categoryForm", form);
                    return detail(id, null, null);
                });
    }

    /** 复核: a second county clerk confirms a category entered by hand. */
    @POST
    @Path("{id}/categories/{membership}/confirm")
    public Response confirmCategory(@PathParam("id") long id, @PathParam("membership") long membership) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> {
                    commands.confirmCategory(caller, id, membership);
                    return redirectTo(id, "categoryConfirmed");
                },
                () -> detail(id, null, null));
    }

    @POST
    @Path("{id}/enrolments")
    public Response recordEnrolment(@PathParam("id") long id, @Valid @BeanParam PersonForms.Enrolment params) {
        Caller caller = currentCaller.require();
        var form = params.toForm();
        if (refusedByForm()) {
            models.put("enrolmentForm", form);
            return Pages.badRequest(detail(id, null, null));
        }
        return Pages.attempt(
                models,
                () -> {
                    commands.recordEnrolment(caller, id, form);
                    return redirectTo(id, "enrolmentRecorded");
                },
                () -> {
                    models.put("enrolmentForm", form);
                    return detail(id, null, null);
                });
    }

    /** The key of a form field's name, as the register's pages label it. */
    private static String label(String field) {
        return switch (field) {
            case "townshipCode" -> "person.township";
            case "department", "validFrom", "validTo" -> "category." + field;
            case "documentNumber" -> "category.document";
            case "year", "paidDate" -> "enrolment." + field;
            default -> "person." + field;
        };
    }

    /** A form bean that failed its constraints: the first problem at its field, named ("身份证号：校验位错误"). */
    private boolean refusedByForm() {
        if (!binding.isFailed()) {
            return false;
        }
        Forms.refused(models, binding, mvc.getLocale(), PersonController::label);
        return true;
    }

    private Response redirectTo(long id, String notice) {
        return Response.seeOther(
                        URI.create(request.getContextPath() + "/app/register/people/" + id + "?notice=" + notice))
                .build();
    }

    private void putChoices(Caller caller) {
        models.put("townships", divisions.townshipsVisibleTo(caller));
        models.put("categories", AssistanceCategory.values());
        models.put("statuses", EnrolmentStatus.values());
    }

    /** The date to show the class on: today unless the clerk asked for another (a bad date also means today). */
    private LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? LocalDate.now(clock) : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDate.now(clock);
        }
    }

    private static String defaultTownship(Caller caller) {
        return caller.division().level() == DivisionLevel.TOWNSHIP
                ? caller.division().value()
                : null;
    }
}
