package cn.ybfp.web.supervision;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;
import cn.ybfp.web.platform.AuditTrail;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The audit viewer (审计查询): who changed what and who read whose record. The search is posted, so that an ID number
 * never appears in an address, a browser's history or a proxy's log.
 */
@Path("supervision/audit")
@Controller
@RequestScoped
public class AuditController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail trail;

    @Inject
    Models models;

    @GET
    public String form() {
        Caller caller = currentCaller.require();
        if (caller.role() != Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("审计查询仅限省级监管人员");
        }
        if (models.get("search") == null) {
            models.put("search", new HashMap<String, String>());
        }
        return "supervision/audit.html";
    }

    @POST
    public Response search(
            @FormParam("username") String username,
            @FormParam("idNumber") String idNumber,
            @FormParam("division") String division,
            @FormParam("from") String from,
            @FormParam("to") String to) {
        Caller caller = currentCaller.require();
        Map<String, String> typed = new HashMap<>();
        typed.put("username", username);
        typed.put("idNumber", idNumber);
        typed.put("division", division);
        typed.put("from", from);
        typed.put("to", to);
        models.put("search", typed);
        try {
            var search = new AuditTrail.Search(
                    username, idNumber, division, date("from", from, "起始日期"), date("to", to, "截止日期"));
            models.put("result", trail.search(caller, search));
            return Response.ok(form()).build();
        } catch (InvalidInputException e) {
            Pages.refused(models, e);
            return Pages.badRequest(form());
        }
    }

    private static LocalDate date(String field, String text, String label) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, label + "应为“2026-12-01”格式的日期");
        }
    }
}
