package cn.ybfp.web.monitoring;

import cn.ybfp.kernel.Beijing;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
import cn.ybfp.monitoring.application.Recomputation;
import cn.ybfp.monitoring.application.WarningRuleService;
import cn.ybfp.monitoring.application.WarningRuleService.RuleForm;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/**
 * The province's monitoring parameters per pooling region and year (监测标准): everyone reads them; the province adds,
 * changes and copies them to the next year, and recomputes a year's warnings and screens.
 */
@Path("monitoring/rules")
@Controller
@RequestScoped
public class WarningRuleController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    WarningRuleService rules;

    @Inject
    Recomputation recomputation;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    /** The form's fields, bound from the request. */
    public static class Fields {
        @FormParam("region")
        String region;

        @FormParam("year")
        String year;

        @FormParam("disposableIncome")
        String disposableIncome;

        @FormParam("relapsePercent")
        String relapsePercent;

        @FormParam("impoverishmentPercent")
        String impoverishmentPercent;

        @FormParam("feedbackDays")
        String feedbackDays;

        @FormParam("readmissionDays")
        String readmissionDays;

        @FormParam("highRatePercent")
        String highRatePercent;

        RuleForm form() {
            return new RuleForm(
                    region,
                    year,
                    disposableIncome,
                    relapsePercent,
                    impoverishmentPercent,
                    feedbackDays,
                    readmissionDays,
                    highRatePercent);
        }
    }

    @GET
    public String list(@QueryParam("year") Integer year, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        int shown = year == null ? LocalDate.now(Beijing.clock()).getYear() : year;
        models.put("year", shown);
        models.put("rules", rules.ofYear(shown));
        models.put("canChange", caller.role() == Role.PROVINCE_SUPERVISOR);
        models.put("notice", notice);
        return "monitoring/rules.html";
    }

    @POST
    public Response add(@BeanParam Fields fields) {
        Caller caller = currentCaller.require();
        RuleForm form = fields.form();
        models.put("typed", form);
        return Pages.attempt(
                models,
                () -> Pages.seeOther(
                        request,
                        "/app/monitoring/rules?year="
                                + rules.find(rules.add(caller, form)).year() + "&notice=added"),
                () -> list(null, null));
    }

    @POST
    @Path("{id:\\d+}")
    public Response change(@PathParam("id") long id, @FormParam("version") long version, @BeanParam Fields fields) {
        Caller caller = currentCaller.require();
        int year = rules.find(id).year();
        models.put("typedId", id);
        models.put("typed", fields.form());
        return Pages.attempt(
                models,
                request,
                "/app/monitoring/rules?year=" + year + "&notice=changed",
                () -> rules.change(caller, id, version, fields.form()),
                () -> list(year, null));
    }

    @POST
    @Path("copy")
    public Response copy(@FormParam("year") int year) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                request,
                "/app/monitoring/rules?year=" + (year + 1) + "&notice=copied",
                () -> rules.copyToNextYear(caller, year),
                () -> list(year, null));
    }

    @POST
    @Path("recompute")
    public String recompute(@FormParam("year") int year) {
        Caller caller = currentCaller.require();
        models.put("result", recomputation.recompute(caller, year));
        return list(year, null);
    }
}
