package cn.ybfp.web.monitoring;

import cn.ybfp.kernel.Beijing;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.monitoring.api.WarningStatus;
import cn.ybfp.monitoring.application.WarningService;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The early warnings (因病致贫、因病返贫双预警): the area's list with the loop's counts per county, a warning with the
 * claims behind it, and the county's push of its new warnings with the push files to download.
 */
@Path("monitoring")
@Controller
@RequestScoped
public class WarningController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    WarningService warnings;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String list(
            @QueryParam("year") Integer year,
            @QueryParam("status") String status,
            @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        int shown = year == null ? LocalDate.now(Beijing.clock()).getYear() : year;
        WarningStatus filter = Arrays.stream(WarningStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        models.put("year", shown);
        models.put("status", filter);
        models.put("statuses", WarningStatus.values());
        models.put("rows", warnings.list(caller, shown, filter));
        models.put("loop", warnings.loop(caller, shown));
        models.put("pushes", warnings.pushes(caller));
        models.put("waiting", warnings.waitingPush(caller));
        models.put("canPush", caller.role() == Role.COUNTY_STAFF);
        models.put("watchesInstitutions", caller.role() != Role.TOWNSHIP_STAFF);
        models.put("notice", notice);
        return "monitoring/warnings.html";
    }

    @GET
    @Path("warnings/{id:\\d+}")
    public String detail(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        models.put("w", warnings.detail(caller, id));
        return "monitoring/warning.html";
    }

    @POST
    @Path("push")
    public Response push() {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> Pages.seeOther(request, "/app/monitoring?notice=pushed&push=" + warnings.push(caller)),
                () -> list(null, null, null));
    }
}
