package cn.ybfp.web.register;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.Department;
import cn.ybfp.register.api.ExchangeOutcome;
import cn.ybfp.register.application.ExchangeService;
import cn.ybfp.register.application.RegisterException;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Pages;
import cn.ybfp.web.view.PortalLocale;
import cn.ybfp.web.view.Uploads;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 数据交换比对: upload a department's list, look at the comparison, apply it or throw it away. */
@Path("register/exchange")
@Controller
@RequestScoped
@RolesAllowed({Role.COUNTY, Role.PROVINCE})
public class ExchangeController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ExchangeService exchange;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String list() {
        models.put("batches", exchange.recent(currentCaller.require()));
        models.put("canChange", ExchangeService.mayChange(currentCaller.require()));
        models.put("departments", Department.values());
        return "register/exchangeList.html";
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) throws IOException {
        Caller caller = currentCaller.require();
        Optional<EntityPart> file = Uploads.part(parts, "file");
        String department =
                Uploads.part(parts, "department").map(ExchangeController::text).orElse(null);
        try (InputStream content = file.map(EntityPart::getContent).orElse(InputStream.nullInputStream())) {
            long id = exchange.upload(caller, file.flatMap(Uploads::fileName).orElse(null), department, content);
            return redirect(id, null);
        } catch (RegisterException e) {
            Pages.refused(models, e);
            return Pages.badRequest(list());
        }
    }

    @GET
    @Path("{id}")
    public String detail(
            @PathParam("id") long id,
            @QueryParam("outcome") String outcome,
            @QueryParam("page") Integer page,
            @QueryParam("notice") String notice) {
        models.put(
                "batch",
                exchange.view(currentCaller.require(), id, outcome, page == null ? 1 : page)
                        .orElseThrow(NotFoundException::new));
        models.put("outcomes", ExchangeOutcome.values());
        models.put("notice", notice);
        models.put("canChange", ExchangeService.mayChange(currentCaller.require()));
        return "register/exchangeDetail.html";
    }

    @POST
    @Path("{id}/apply")
    public Response apply(@PathParam("id") long id) {
        return decide(id, () -> exchange.apply(currentCaller.require(), id));
    }

    @POST
    @Path("{id}/discard")
    public Response discard(@PathParam("id") long id) {
        return decide(id, () -> {
            exchange.discard(currentCaller.require(), id);
            return "discarded";
        });
    }

    private Response decide(long id, java.util.function.Supplier<String> decision) {
        try {
            return redirect(id, decision.get());
        } catch (RegisterException e) {
            models.put("error", Map.of("field", "", "message", e.message(PortalLocale.of(request))));
            return Response.status(Response.Status.CONFLICT)
                    .entity(detail(id, null, 1, null))
                    .build();
        }
    }

    private Response redirect(long id, String notice) {
        return Response.seeOther(URI.create(request.getContextPath() + "/app/register/exchange/" + id
                        + (notice == null ? "" : "?notice=" + notice)))
                .build();
    }

    private static String text(EntityPart part) {
        try {
            return part.getContent(String.class);
        } catch (IOException e) {
            return null;
        }
    }
}
