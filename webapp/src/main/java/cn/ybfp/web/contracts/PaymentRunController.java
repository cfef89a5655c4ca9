package cn.ybfp.web.contracts;

import cn.ybfp.contracts.application.PaymentRunQueries;
import cn.ybfp.contracts.application.PaymentRunService;
import cn.ybfp.kernel.Caller;
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

/**
 * The county's quarterly payment runs of contract fees: compute a quarter, approve (another clerk), mark paid; the
 * run's page, its .xlsx and its printable payment list.
 */
@Path("contracts/runs")
@Controller
@RequestScoped
public class PaymentRunController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    PaymentRunService service;

    @Inject
    PaymentRunQueries queries;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @GET
    public String list() {
        Caller caller = currentCaller.require();
        models.put("runs", queries.list(caller));
        models.put("canRun", PaymentRunService.runs(caller));
        models.put("lastQuarter", service.lastQuarterOver());
        return "contracts/runs.html";
    }

    @POST
    public Response compute(@FormParam("quarter") String quarter) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> Pages.seeOther(
                        request, "/app/contracts/runs/" + service.compute(caller, quarter) + "?notice=computed"),
                this::list);
    }

    @GET
    @Path("{id:\\d+}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("r", queries.detail(caller, id));
        models.put("notice", notice);
        models.put("canRun", PaymentRunService.runs(caller));
        models.put("today", LocalDate.now(clock));
        return "contracts/run.html";
    }

    /** The A4 payment list with the seal area, for the browser's print. */
    @GET
    @Path("{id:\\d+}/print")
    public String print(@PathParam("id") long id) {
        models.put("r", queries.detail(currentCaller.require(), id));
        models.put("today", LocalDate.now(clock));
        return "contracts/runPrint.html";
    }

    @POST
    @Path("{id:\\d+}/approve")
    public Response approve(@PathParam("id") long id, @FormParam("version") long version) {
        Caller caller = currentCaller.require();
        return changed(id, "approved", () -> service.approve(caller, id, version));
    }

    @POST
    @Path("{id:\\d+}/paid")
    public Response paid(
            @PathParam("id") long id,
            @FormParam("version") long version,
            @FormParam("paidOn") String paidOn,
            @FormParam("reference") String reference) {
        Caller caller = currentCaller.require();
        return changed(
                id, "paid", () -> service.paid(caller, id, new PaymentRunService.PaidForm(paidOn, reference), version));
    }

    private Response changed(long id, String notice, Runnable change) {
        return Pages.attempt(
                models, request, "/app/contracts/runs/" + id + "?notice=" + notice, change, () -> detail(id, null));
    }
}
