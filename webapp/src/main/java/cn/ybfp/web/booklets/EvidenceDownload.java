package cn.ybfp.web.booklets;

import cn.ybfp.booklets.application.RecognitionService;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** A recognition's scanned diagnosis, for whoever may read the recognition. */
@Path("booklets/recognitions/{id}/evidence/{evidence}")
@RequestScoped
public class EvidenceDownload {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    RecognitionService service;

    @GET
    public Response download(@PathParam("id") long id, @PathParam("evidence") long evidence) {
        var file = service.evidence(currentCaller.require(), id, evidence);
        return Downloads.scan(file.content(), file.contentType(), file.fileName());
    }
}
