package cn.ybfp.web.home;

import cn.ybfp.applications.application.ApplicationQueries;
import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.monitoring.application.ScreenService;
import cn.ybfp.monitoring.application.WarningService;
import cn.ybfp.supervision.application.RectificationService;
import cn.ybfp.supervision.application.ReportService;
import cn.ybfp.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The home page of each role: what waits for the caller, the daily entry points, and the divisions. */
@Path("")
@Controller
@RequestScoped
public class HomeController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DivisionDirectory divisions;

    @Inject
    ApplicationQueries applications;

    @Inject
    WarningService warnings;

    @Inject
    ScreenService screens;

    @Inject
    ReportService reports;

    @Inject
    RectificationService ledger;

    @Inject
    Models models;

    /** What monitoring asks of the county and the province: warnings to push, overdue ones, flags to review. */
    public record Watch(long waitingPush, long overdue, long openFlags) {}

    @GET
    public String home() {
        Caller caller = currentCaller.require();
        models.put("divisions", divisions.visibleTo(caller));
        models.put("work", applications.summary(caller));
        if (caller.role() != Role.TOWNSHIP_STAFF) {
            models.put(
                    "watch",
                    new Watch(
                            warnings.waitingPush(caller),
                            warnings.overdue(caller),
                            screens.openCounts(caller).values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum()));
            models.put("desk", reports.desk(caller));
            models.put("ledger", ledger.desk(caller));
        }
        return switch (caller.role()) {
            case TOWNSHIP_STAFF -> "home/townshipHome.html";
            case COUNTY_STAFF -> "home/countyHome.html";
            case PROVINCE_SUPERVISOR -> "home/provinceHome.html";
        };
    }
}
