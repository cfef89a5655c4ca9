package cn.ybfp.web.contracts;

import cn.ybfp.contracts.api.EndReason;
import cn.ybfp.contracts.api.ServiceType;
import cn.ybfp.contracts.application.ContractService;
import cn.ybfp.contracts.application.FeePolicyService;
import cn.ybfp.contracts.application.ServiceRecordService;
import cn.ybfp.contracts.application.TeamService;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.Role;
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
import java.time.Clock;
import java.time.LocalDate;

/**
 * Family-doctor contracts (家庭医生签约服务) of the caller's area: the list, signing, a contract's page with its service
 * records, recording a service and ending a contract early.
 */
@Path("contracts")
@Controller
@RequestScoped
public class ContractController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    ContractService contracts;

    @Inject
    ServiceRecordService records;

    @Inject
    TeamService teams;

    @Inject
    FeePolicyService policies;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @GET
    public String list() {
        Caller caller = currentCaller.require();
        models.put("rows", contracts.list(caller));
        models.put("canSign", caller.role() != Role.PROVINCE_SUPERVISOR);
        return "contracts/contractList.html";
    }

    /** The signing form, for the person whose page it was opened from. */
    @GET
    @Path("new")
    public String signing(@QueryParam("person") String person) {
        Caller caller = currentCaller.require();
        models.put("person", person);
        models.put("teams", teams.list(caller));
        models.put("packages", policies.packagesOf(LocalDate.now(clock).getYear()));
        models.put("today", LocalDate.now(clock));
        return "contracts/sign.html";
    }

    @POST
    public Response sign(@BeanParam SignFields form) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> Pages.seeOther(
                        request, "/app/contracts/" + contracts.sign(caller, form.toForm()) + "?notice=signed"),
                () -> {
                    models.put("form", form);
                    return signing(form.personId);
                });
    }

    @GET
    @Path("{id:\\d+}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        var contract = contracts.detail(caller, id);
        models.put("c", contract);
        models.put("members", teams.detail(caller, contract.contract().teamId()).members());
        models.put("notice", notice);
        models.put("canChange", caller.role() != Role.PROVINCE_SUPERVISOR);
        models.put("types", ServiceType.values());
        models.put("reasons", java.util.List.of(EndReason.DECEASED, EndReason.MOVED_OUT));
        models.put("today", LocalDate.now(clock));
        return "contracts/contract.html";
    }

    @POST
    @Path("{id:\\d+}/services")
    public Response record(
            @PathParam("id") long id,
            @FormParam("type") String type,
            @FormParam("day") String day,
            @FormParam("memberId") String memberId,
            @FormParam("note") String note) {
        Caller caller = currentCaller.require();
        return changed(
                id,
                "recorded",
                () -> records.record(caller, id, new ServiceRecordService.RecordForm(type, day, memberId, note)));
    }

    @POST
    @Path("{id:\\d+}/end")
    public Response end(
            @PathParam("id") long id,
            @FormParam("version") long version,
            @FormParam("endedOn") String endedOn,
            @FormParam("reason") String reason) {
        Caller caller = currentCaller.require();
        return changed(
                id, "ended", () -> contracts.end(caller, id, new ContractService.EndForm(endedOn, reason), version));
    }

    private Response changed(long id, String notice, Runnable change) {
        return Pages.attempt(
                models, request, "/app/contracts/" + id + "?notice=" + notice, change, () -> detail(id, null));
    }

    /** The signing form's fields, kept to show again with a refusal. */
    public static class SignFields {
        @FormParam("personId")
        public String personId;

        @FormParam("teamId")
        public String teamId;

        @FormParam("packageCode")
        public String packageCode;

        @FormParam("signedOn")
        public String signedOn;

        ContractService.SignForm toForm() {
            return new ContractService.SignForm(personId, teamId, packageCode, signedOn);
        }
    }
}
