package cn.ybfp.web.contracts;

import cn.ybfp.contracts.application.RecordImportService;
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

/**
 * The rejected rows of a service-record file with their reasons, for the health centre. A plain resource, not a Krazo controller: a controller's answer is taken for a view, so a
 * file it streams ends in the error page.
 */
@Path("contracts/imports/{id:\\d+}/rejected")
@RequestScoped
public class RecordImportRejectedDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    HttpServletRequest request;

    @Inject
    RecordImportService service;

    @GET
    public Response download(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        service.requireVisible(caller, id); // another area's is 404, before the response starts
        StreamingOutput body = out -> service.writeRejected(caller, id, out);
        return Downloads.xlsx(body, Downloads.name(request, "download.recordsRejected", String.valueOf(id)));
    }
}
