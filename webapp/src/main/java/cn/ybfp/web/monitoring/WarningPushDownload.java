package cn.ybfp.web.monitoring;

import cn.ybfp.kernel.Caller;
import cn.ybfp.monitoring.application.WarningService;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The push file of a county's warnings (预警推送), for civil affairs and rural revitalisation. A plain resource, not a Krazo controller: a controller's answer is taken for a view, so a
 * file it streams ends in the error page.
 */
@Path("monitoring/pushes/{id:\\d+}")
@RequestScoped
public class WarningPushDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Inject
    WarningService warnings;

    @GET
    public Response download(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        warnings.requirePush(caller, id); // another area's is 404, before the response starts
        StreamingOutput body = out -> warnings.writePush(caller, id, out);
        return Downloads.xlsx(body, Downloads.name(request, "download.warningPush", String.valueOf(id)));
    }
}
