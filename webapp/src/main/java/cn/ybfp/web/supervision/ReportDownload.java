package cn.ybfp.web.supervision;

import cn.ybfp.kernel.Caller;
import cn.ybfp.supervision.application.ReportExport;
import cn.ybfp.supervision.application.ReportService;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A report as .xlsx. A plain resource, not a Krazo controller: a controller's answer is taken for a view, so a file
 * it streams ends in the error page.
 */
@Path("supervision/reports/export")
@RequestScoped
public class ReportDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Inject
    ReportService reports;

    @Inject
    ReportExport export;

    @GET
    public Response download(@QueryParam("period") String period, @QueryParam("county") String county) {
        Caller caller = currentCaller.require();
        reports.requireReadable(caller, period, county); // refused (403, 404, 400) before the response starts
        StreamingOutput body = out -> export.write(caller, period, county, out);
        return Downloads.xlsx(body, Downloads.name(request, "download.report", period));
    }
}
