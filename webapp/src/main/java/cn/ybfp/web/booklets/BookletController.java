package cn.ybfp.web.booklets;

import cn.ybfp.booklets.api.WithdrawalReason;
import cn.ybfp.booklets.application.BookletService;
import cn.ybfp.claims.application.ClaimQueries;
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

/**
 * The booklets (门诊慢特病手册) of the caller's area: the list, a booklet's page with its diseases and history, the
 * printable cover and sticker, and the county's renewal and withdrawal.
 */
@Path("booklets")
@Controller
@RequestScoped
public class BookletController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    BookletService service;

    @Inject
    ClaimQueries claims;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @GET
    public String list() {
        models.put("rows", service.list(currentCaller.require()));
        return "booklets/bookletList.html";
    }

    @GET
    @Path("{id:\\d+}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        var booklet = service.detail(caller, id);
        models.put("b", booklet);
        models.put("claims", claims.onBooklet(caller, booklet.row().number()));
        models.put("notice", notice);
        models.put("canChange", caller.role() == Role.COUNTY_STAFF);
        models.put("reasons", WithdrawalReason.values());
        models.put("today", LocalDate.now(clock));
        return "booklets/booklet.html";
    }

    /** The cover page and the sticker label (加贴标识) on one A4 sheet, for the browser's print. */
    @GET
    @Path("{id:\\d+}/print")
    public String print(@PathParam("id") long id) {
        models.put("b", service.detail(currentCaller.require(), id));
        models.put("today", LocalDate.now(clock));
        return "booklets/bookletPrint.html";
    }

    @POST
    @Path("{id:\\d+}/renew")
    public Response renew(@PathParam("id") long id, @FormParam("version") long version) {
        Caller caller = currentCaller.require();
        return changed(id, "renewed", () -> service.renew(caller, id, version));
    }

    @POST
    @Path("{id:\\d+}/withdraw")
    public Response withdraw(
            @PathParam("id") long id,
            @FormParam("version") long version,
            @FormParam("reason") String reason,
            @FormParam("withdrawnOn") String withdrawnOn,
            @FormParam("note") String note) {
        Caller caller = currentCaller.require();
        return changed(id, "withdrawn", () -> service.withdraw(caller, id, version, reason, withdrawnOn, note));
    }

    private Response changed(long id, String notice, Runnable change) {
        return Pages.attempt(
                models, request, "/app/booklets/" + id + "?notice=" + notice, change, () -> detail(id, null));
    }
}
