package cn.ybfp.web.applications;

import cn.ybfp.applications.api.AppealOutcome;
import cn.ybfp.applications.application.AppealService;
import cn.ybfp.applications.application.CaseSettings;
import cn.ybfp.claims.api.BillLines;
import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Forms;
import cn.ybfp.web.view.Pages;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/** Appeals (申诉 / 复核): the appeal page with its review, and appeals against a settlement bill's line. */
@Path("appeals")
@Controller
@RequestScoped
public class AppealController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AppealService appeals;

    @Inject
    CaseSettings settings;

    @Inject
    BillLines bills;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @Inject
    BindingResult binding;

    @Inject
    MvcContext mvc;

    @GET
    @Path("{id}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("view", appeals.view(caller, id).orElseThrow(NotFoundException::new));
        models.put("notice", notice);
        models.put("outcomes", AppealOutcome.values());
        models.put("canDecide", caller.role() == Role.COUNTY_STAFF);
        return "applications/appeal.html";
    }

    @POST
    @Path("{id}")
    public Response decide(@PathParam("id") long id, @Valid @BeanParam AppealForms.Decide form) {
        Caller caller = currentCaller.require();
        if (binding.isFailed()) {
            Forms.refused(models, binding, mvc.getLocale(), field -> "appeal." + field);
            return Pages.badRequest(detail(id, null));
        }
        return Pages.attempt(
                models,
                () -> {
                    appeals.decide(caller, id, form.version, parse(form.outcome), form.reason);
                    return Pages.seeOther(request, "/app/appeals/" + id + "?notice=decided");
                },
                () -> detail(id, null));
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
                    appeals.attach(caller, id, file.name(), file.content());
                    return Pages.seeOther(request, "/app/appeals/" + id + "?notice=attached");
                },
                () -> detail(id, null));
    }

    /** The form to contest one line of a bill, from the bill page (county clerks). */
    @GET
    @Path("new")
    public String newBillAppeal(@QueryParam("claimId") long claimId, @QueryParam("line") int line) {
        Caller caller = currentCaller.require(Role.COUNTY_STAFF);
        models.put("line", bills.line(Jurisdiction.of(caller), claimId, line).orElseThrow(NotFoundException::new));
        return "applications/billAppeal.html";
    }

    @POST
    public Response fileBillAppeal(@Valid @BeanParam AppealForms.BillLine form) {
        Caller caller = currentCaller.require(Role.COUNTY_STAFF);
        if (form.claimId == null || form.line == null) {
            throw new NotFoundException(); // not a form of this page
        }
        if (binding.isFailed()) {
            Forms.refused(models, binding, mvc.getLocale(), field -> "appeal." + field);
            models.put("grounds", form.grounds);
            return Pages.badRequest(newBillAppeal(form.claimId, form.line));
        }
        return Pages.attempt(
                models,
                () -> {
                    long id = appeals.againstBillLine(caller, form.claimId, form.line, form.grounds);
                    return Pages.seeOther(request, "/app/appeals/" + id + "?notice=filed");
                },
                () -> {
                    models.put("grounds", form.grounds);
                    return newBillAppeal(form.claimId, form.line);
                });
    }

    private static AppealOutcome parse(String outcome) {
        try {
            return outcome == null || outcome.isBlank() ? null : AppealOutcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
