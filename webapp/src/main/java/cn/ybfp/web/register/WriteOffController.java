package cn.ybfp.web.register;

import cn.ybfp.kernel.Beijing;
import cn.ybfp.kernel.Caller;
import cn.ybfp.register.api.WriteOffReason;
import cn.ybfp.register.application.RegisterException;
import cn.ybfp.register.application.WriteOffService;
import cn.ybfp.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/** 未参保销号: the township's to-do list of uninsured targets, closing cases, and the coverage table. */
@Path("register/write-off")
@Controller
@RequestScoped
public class WriteOffController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    WriteOffService writeOffs;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String list(
            @QueryParam("year") Integer year, @QueryParam("page") Integer page, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        int chosen = year == null ? Beijing.today().getYear() : year;
        models.put("year", chosen);
        models.put("cases", writeOffs.open(caller, chosen, page == null ? 1 : page));
        models.put("coverage", writeOffs.coverage(caller, chosen));
        models.put("reasons", WriteOffReason.values());
        models.put("today", Beijing.today());
        models.put("notice", notice);
        return "register/writeOffList.html";
    }

    @POST
    @Path("{personId}")
    public Response close(
            @PathParam("personId") long personId,
            @FormParam("year") int year,
            @FormParam("reason") String reason,
            @FormParam("closedOn") String closedOn,
            @FormParam("note") String note) {
        Caller caller = currentCaller.require();
        try {
            writeOffs.close(caller, personId, year, reason, closedOn, note);
            return Response.seeOther(URI.create(
                            request.getContextPath() + "/app/register/write-off?year=" + year + "&notice=closed"))
                    .build();
        } catch (RegisterException e) {
            models.put(
                    "error",
                    Map.of(
                            "field",
                            e.field() == null ? "" : e.field(),
                            "message",
                            e.getMessage(),
                            "personId",
                            personId));
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(list(year, 1, null))
                    .build();
        }
    }
}
