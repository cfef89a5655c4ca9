package cn.ybfp.web.register;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Beijing;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.PersonStatus;
import cn.ybfp.register.application.CategoryForm;
import cn.ybfp.register.application.EnrolmentForm;
import cn.ybfp.register.application.PersonEdit;
import cn.ybfp.register.application.PersonForm;
import cn.ybfp.register.application.PersonQueries;
import cn.ybfp.register.application.RegisterCommands;
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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;

/** The register's people: list and search, the person page, registering and editing (参保台账). */
@Path("register/people")
@Controller
@RequestScoped
public class PersonController {

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
    HttpServletRequest request;

    @GET
    public String list(@BeanParam PersonSearchParams params) {
        Caller caller = currentCaller.require();
        models.put("params", params);
        models.put("page", queries.search(caller, params.toSearch(), params.page()));
        putChoices(caller);
        return "register/personList.html";
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
    public Response register(
            @FormParam("idNumber") String idNumber,
            @FormParam("name") String name,
            @FormParam("phone") String phone,
            @FormParam("townshipCode") String townshipCode,
            @FormParam("householdId") Long householdId,
            @FormParam("relationToHead") String relationToHead,
            @FormParam("address") String address) {
        Caller caller = currentCaller.require();
        var form = new PersonForm(idNumber, name, phone, townshipCode, householdId, relationToHead, address);
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
        models.put("notice", notice);
        models.put("categories", AssistanceCategory.values());
        models.put("departments", Department.values());
        models.put("statuses", EnrolmentStatus.values());
        models.put("personStatuses", PersonStatus.values());
        models.put("thisYear", Beijing.today().getYear());
        return "register/personDetail.html";
    }

    @POST
    @Path("{id}")
    public Response edit(
            @PathParam("id") long id,
            @FormParam("name") String name,
            @FormParam("phone") String phone,
            @FormParam("relationToHead") String relationToHead,
            @FormParam("status") String status,
            @FormParam("statusDate") String statusDate,
            @FormParam("version") long version) {
        Caller caller = currentCaller.require();
        var edit = new PersonEdit(name, phone, relationToHead, status, statusDate, version);
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
    public Response addCategory(
            @PathParam("id") long id,
            @FormParam("category") String category,
            @FormParam("department") String department,
            @FormParam("documentNumber") String documentNumber,
            @FormParam("validFrom") String validFrom,
            @FormParam("validTo") String validTo) {
        Caller caller = currentCaller.require();
        var form = new CategoryForm(category, department, documentNumber, validFrom, validTo);
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

    @POST
    @Path("{id}/enrolments")
    public Response recordEnrolment(
            @PathParam("id") long id,
            @FormParam("year") String year,
            @FormParam("status") String status,
            @FormParam("paidDate") String paidDate) {
        Caller caller = currentCaller.require();
        var form = new EnrolmentForm(year, status, paidDate);
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
    private static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? Beijing.today() : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return Beijing.today();
        }
    }

    private static String defaultTownship(Caller caller) {
        return caller.division().level() == DivisionLevel.TOWNSHIP
                ? caller.division().value()
                : null;
    }
}
