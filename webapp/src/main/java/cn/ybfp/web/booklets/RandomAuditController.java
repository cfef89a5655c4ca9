package cn.ybfp.web.booklets;

import cn.ybfp.booklets.api.AuditAction;
import cn.ybfp.booklets.api.Finding;
import cn.ybfp.booklets.api.Responsible;
import cn.ybfp.booklets.application.RandomAuditService;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The monthly random audit (随机抽审): every county's draws with their progress, the province's draw on demand, and
 * a draw's page where each drawn booklet is re-checked.
 */
@Path("booklets/audits")
@Controller
@RequestScoped
public class RandomAuditController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RandomAuditService service;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @GET
    public String list(@QueryParam("notice") String notice, @QueryParam("made") String made) {
        Caller caller = currentCaller.require();
        models.put("draws", service.list(caller));
        models.put("notice", notice);
        models.put("made", made);
        models.put("canDraw", caller.role() == Role.PROVINCE_SUPERVISOR);
        models.put("lastMonth", YearMonth.now(clock).minusMonths(1).toString());
        return "booklets/auditList.html";
    }

    @POST
    public Response draw(@FormParam("month") String month) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> {
                    int made = service.drawOnDemand(caller, month);
                    return Pages.seeOther(request, "/app/booklets/audits?notice=drawn&made=" + made);
                },
                () -> list(null, null));
    }

    @GET
    @Path("{id:\\d+}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("d", service.detail(caller, id));
        models.put("notice", notice);
        models.put("canReview", caller.role() != Role.TOWNSHIP_STAFF);
        models.put("findings", Finding.values());
        models.put("responsibles", Responsible.values());
        models.put("actions", AuditAction.values());
        models.put("today", LocalDate.now(clock));
        return "booklets/audit.html";
    }

    @POST
    @Path("drawn/{drawn:\\d+}")
    public Response review(
            @PathParam("drawn") long drawn,
            @FormParam("draw") long draw,
            @FormParam("version") long version,
            @FormParam("finding") String finding,
            @FormParam("responsible") String responsible,
            @FormParam("action") String action,
            @FormParam("foundOn") String foundOn,
            @FormParam("note") String note) {
        Caller caller = currentCaller.require();
        var form = new RandomAuditService.ReviewForm(finding, responsible, action, foundOn, note);
        return Pages.attempt(
                models,
                () -> {
                    long drawId = service.review(caller, drawn, version, form);
                    return Pages.seeOther(request, "/app/booklets/audits/" + drawId + "?notice=reviewed");
                },
                () -> detail(draw, null));
    }
}
