package cn.ybfp.web.security;

import cn.ybfp.kernel.NotPermittedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A step the caller's role may never take, refused by any module's service, is the portal's 403 page: one place
 * instead of a catch in every controller.
 */
@Provider
public class NotPermittedMapper implements ExceptionMapper<NotPermittedException> {

    @Override
    public Response toResponse(NotPermittedException e) {
        return Response.status(Response.Status.FORBIDDEN).build();
    }
}
