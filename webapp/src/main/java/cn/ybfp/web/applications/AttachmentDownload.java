package cn.ybfp.web.applications;

import cn.ybfp.applications.application.ApplicationQueries;
import cn.ybfp.kernel.Caller;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * A case's scan, for whoever may read the case. Always a download with the type checked at upload and
 * {@code nosniff}, so a scan can never run as a page of the portal.
 */
@Path("applications/attachments/{id}")
@RequestScoped
public class AttachmentDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ApplicationQueries queries;

    @GET
    public Response download(@PathParam("id") long id) {
        Caller caller = currentCaller.require();
        var attachment = queries.attachment(caller, id).orElseThrow(NotFoundException::new);
        return Downloads.scan(attachment.content(), attachment.contentType(), attachment.fileName());
    }
}
