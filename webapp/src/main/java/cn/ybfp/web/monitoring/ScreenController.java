package cn.ybfp.web.monitoring;

import cn.ybfp.kernel.Beijing;
import cn.ybfp.kernel.Caller;
import cn.ybfp.monitoring.api.ReviewOutcome;
import cn.ybfp.monitoring.api.ScreenKind;
import cn.ybfp.monitoring.application.ScreenService;
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
import java.time.LocalDate;
import java.util.Arrays;

/** The screens of hospital behaviour (疑点筛查): the area's flags, and a flag's review. */
@Path("monitoring/screens")
@Controller
@RequestScoped
public class ScreenController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ScreenService screens;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String list(
            @QueryParam("year") Integer year, @QueryParam("kind") String kind, @QueryParam("all") boolean all) {
        Caller caller = currentCaller.require();
        int shown = year == null ? LocalDate.now(Beijing.clock()).getYear() : year;
        ScreenKind filter = Arrays.stream(ScreenKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElse(null);
        models.put("year", shown);
        models.put("kind", filter);
        models.put("all", all);
        models.put("kinds", ScreenKind.values());
        models.put("open", screens.openCounts(caller));
        models.put("flags", screens.list(caller, shown, filter, !all));
        return "monitoring/screens.html";
    }

    @GET
    @Path("{id:\\d+}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("f", screens.detail(caller, id));
        models.put("outcomes", ReviewOutcome.values());
        models.put("notice", notice);
        return "monitoring/screen.html";
    }

    @POST
    @Path("{id:\\d+}/review")
    public Response review(
            @PathParam("id") long id,
            @FormParam("version") long version,
            @FormParam("outcome") String outcome,
            @FormParam("note") String note) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                request,
                "/app/monitoring/screens/" + id + "?notice=reviewed",
                () -> screens.review(caller, id, version, outcome, note),
                () -> detail(id, null));
    }
}
