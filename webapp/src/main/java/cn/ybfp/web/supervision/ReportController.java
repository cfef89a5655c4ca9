package cn.ybfp.web.supervision;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Role;
import cn.ybfp.supervision.api.ReportField;
import cn.ybfp.supervision.application.MonitoringCountyService;
import cn.ybfp.supervision.application.ReportService;
import cn.ybfp.supervision.application.ReportSubmissions;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The statistical reports (统计报表): the form with its charts for any month or quarter, a county's submission of its
 * quarter, and the province's acceptance or return.
 */
@Path("supervision/reports")
@Controller
@RequestScoped
public class ReportController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ReportService reports;

    @Inject
    ReportSubmissions submissions;

    @Inject
    MonitoringCountyService monitoring;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String report(
            @QueryParam("period") String period,
            @QueryParam("county") String county,
            @QueryParam("monitored") boolean monitored,
            @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        String shown = period == null || period.isBlank() ? reports.currentQuarter() : period.strip();
        models.put("monitored", monitored);
        models.put("period", shown);
        models.put("county", county == null ? "" : county);
        models.put("notice", notice);
        models.put("fields", ReportField.values());
        models.put("canSubmit", caller.role() == Role.COUNTY_STAFF);
        models.put("canReview", caller.role() == Role.PROVINCE_SUPERVISOR);
        var report = reports.report(caller, shown, county, monitored);
        models.put("report", report);
        models.put(
                "monitoringCounties",
                monitoring.of(Integer.parseInt(report.period().substring(0, 4))));
        return "supervision/report.html";
    }

    @POST
    @Path("submit")
    public Response submit(@FormParam("period") String period) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                request,
                back(period, "submitted"),
                () -> submissions.submit(caller, period),
                () -> report(period, null, false, null));
    }

    @POST
    @Path("rounds/{id:\\d+}/accept")
    public Response accept(
            @PathParam("id") long id, @FormParam("version") long version, @FormParam("period") String period) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                request,
                back(period, "accepted"),
                () -> submissions.accept(caller, id, version),
                () -> report(period, null, false, null));
    }

    @POST
    @Path("rounds/{id:\\d+}/return")
    public Response giveBack(
            @PathParam("id") long id,
            @FormParam("version") long version,
            @FormParam("period") String period,
            @FormParam("comment") String comment) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                request,
                back(period, "returned"),
                () -> submissions.giveBack(caller, id, version, comment),
                () -> report(period, null, false, null));
    }

    /** The province marks a monitoring county of the period's year, or takes the mark away. */
    @POST
    @Path("monitoring-counties")
    public Response toggleMonitoring(@FormParam("county") String county, @FormParam("period") String period) {
        Caller caller = currentCaller.require();
        String year = period == null || period.length() < 4 ? "" : period.substring(0, 4);
        return Pages.attempt(
                models,
                request,
                back(period, "monitoring"),
                () -> {
                    if (!year.matches("\\d{4}")) {
                        throw new InvalidInputException("period", "报表期无效");
                    }
                    monitoring.toggle(caller, county, Integer.parseInt(year));
                },
                () -> report(period, null, false, null));
    }

    private static String back(String period, String notice) {
        return "/app/supervision/reports?period="
                + URLEncoder.encode(period == null ? "" : period, StandardCharsets.UTF_8) + "&notice=" + notice;
    }
}
