package cn.ybfp.web.view;

import cn.ybfp.kernel.RecordNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A record outside the caller's area (a case, an appeal, a booklet…), or none at all, is the 404 page: no hint which. */
@Provider
public class RecordNotFoundMapper implements ExceptionMapper<RecordNotFoundException> {

    @Override
    public Response toResponse(RecordNotFoundException e) {
        return Response.status(Response.Status.NOT_FOUND).build();
    }
}
