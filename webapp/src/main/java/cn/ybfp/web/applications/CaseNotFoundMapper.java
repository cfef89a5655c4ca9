package cn.ybfp.web.applications;

import cn.ybfp.applications.application.CaseNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A case or appeal outside the caller's area, or none at all, is the 404 page: no hint which. */
@Provider
public class CaseNotFoundMapper implements ExceptionMapper<CaseNotFoundException> {

    @Override
    public Response toResponse(CaseNotFoundException e) {
        return Response.status(Response.Status.NOT_FOUND).build();
    }
}
