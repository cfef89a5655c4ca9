package cn.ybfp.web.supervision;

import cn.ybfp.divisions.api.DivisionDirectory;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionLevel;
import cn.ybfp.kernel.InvalidInputException;
import cn.ybfp.kernel.Role;
import cn.ybfp.supervision.api.DecisionKind;
import cn.ybfp.supervision.api.SampleFinding;
import cn.ybfp.supervision.api.SampleMethod;
import cn.ybfp.supervision.application.SamplingService;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Pages;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The province's samples of county decisions (抽查) and the findings on them; a county reads its own. */
@Path("supervision/samples")
@Controller
@RequestScoped
public class SampleController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SamplingService sampling;

    @Inject
    DivisionDirectory divisions;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @GET
    public String list() {
        Caller caller = currentCaller.require();
        models.put("samples", sampling.list(caller));
        models.put("canDraw", caller.role() == Role.PROVINCE_SUPERVISOR);
        models.put(
                "counties",
                divisions.visibleTo(caller).stream()
                        .filter(d -> d.level() == DivisionLevel.COUNTY)
                        .toList());
        models.put("kinds", DecisionKind.values());
        models.put("methods", SampleMethod.values());
        return "supervision/samples.html";
    }

    @POST
    public Response draw(
            @FormParam("county") String county,
            @FormParam("from") String from,
            @FormParam("to") String to,
            @FormParam("kind") List<String> kinds,
            @FormParam("method") String method,
            @FormParam("size") String size) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> {
                    var drawn = new SamplingService.DrawRequest(
                            county, date("from", from), date("to", to), kinds(kinds), method(method), size(size));
                    return Pages.seeOther(request, "/app/supervision/samples/" + sampling.draw(caller, drawn));
                },
                this::list);
    }

    @GET
    @Path("{id:\\d+}")
    public String detail(@PathParam("id") long id, @QueryParam("verify") boolean verify) {
        Caller caller = currentCaller.require();
        models.put("detail", sampling.detail(caller, id));
        models.put("canFind", caller.role() == Role.PROVINCE_SUPERVISOR);
        models.put("findings", SampleFinding.values());
        if (verify) {
            models.put("reproduces", sampling.reproduces(caller, id));
        }
        return "supervision/sample.html";
    }

    @POST
    @Path("{id:\\d+}/items/{item:\\d+}/finding")
    public Response find(
            @PathParam("id") long id,
            @PathParam("item") long item,
            @FormParam("version") long version,
            @FormParam("finding") String finding,
            @FormParam("clause") String clause,
            @FormParam("note") String note,
            @FormParam("owner") String owner) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                request,
                "/app/supervision/samples/" + id + "#item-" + item,
                () -> sampling.find(caller, item, version, finding(finding), clause, note, owner),
                () -> detail(id, false));
    }

    private static LocalDate date(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "日期应为“2026-12-01”格式");
        }
    }

    private static Set<DecisionKind> kinds(List<String> names) {
        Set<DecisionKind> kinds = EnumSet.noneOf(DecisionKind.class);
        for (String name : names == null ? List.<String>of() : names) {
            kinds.add(choice(DecisionKind.class, name, "kinds"));
        }
        return kinds;
    }

    private static SampleMethod method(String name) {
        return choice(SampleMethod.class, name, "method");
    }

    private static SampleFinding finding(String name) {
        return choice(SampleFinding.class, name, "finding");
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name == null ? "" : name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "请从列表中选择");
        }
    }

    private static int size(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("size", "抽查数量应为 1 至 100 之间的整数");
        }
    }
}
