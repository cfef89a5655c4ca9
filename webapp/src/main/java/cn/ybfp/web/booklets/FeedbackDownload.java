package cn.ybfp.web.booklets;

import cn.ybfp.booklets.application.HealthListService;
import cn.ybfp.kernel.Caller;
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

/** The feedback file of a health list for the health department: each row of its list with the outcome. */
@Path("booklets/health-lists/{id}/feedback.xlsx")
@RequestScoped
public class FeedbackDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Inject
    HealthListService service;

    @GET
    public Response feedback(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        service.requireVisible(caller, id); // another county's list is 404, before the response starts
        StreamingOutput body = out -> service.writeFeedback(caller, id, out);
        return Downloads.xlsx(body, Downloads.name(request, "download.feedback", String.valueOf(id)));
    }
}
