package cn.ybfp.web.monitoring;

import cn.ybfp.kernel.Caller;
import cn.ybfp.monitoring.application.FeedbackService;
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
 * The rejected rows of a feedback file with their reasons, for the department. A plain resource, not a Krazo controller: a controller's answer is taken for a view, so a
 * file it streams ends in the error page.
 */
@Path("monitoring/feedback/{id:\\d+}/rejected")
@RequestScoped
public class FeedbackRejectedDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Inject
    FeedbackService service;

    @GET
    public Response download(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        service.requireVisible(caller, id); // another area's is 404, before the response starts
        StreamingOutput body = out -> service.writeRejected(caller, id, out);
        return Downloads.xlsx(body, Downloads.name(request, "download.feedbackRejected", String.valueOf(id)));
    }
}
