package cn.ybfp.web.contracts;

import cn.ybfp.contracts.api.MemberRole;
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
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;

/** The family-doctor teams (家庭医生团队) of the caller's area and their members. */
@Path("contracts/teams")
@Controller
@RequestScoped
public class TeamController {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    TeamService teams;

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
        models.put("teams", teams.list(caller));
        models.put("canChange", caller.role() != Role.PROVINCE_SUPERVISOR);
        models.put("township", caller.division().value().length() == 9);
        models.put("today", LocalDate.now(clock));
        return "contracts/teams.html";
    }

    @POST
    public Response create(
            @FormParam("name") String name,
            @FormParam("institution") String institution,
            @FormParam("township") String township,
            @FormParam("activeFrom") String activeFrom) {
        Caller caller = currentCaller.require();
        return Pages.attempt(
                models,
                () -> {
                    long id = teams.create(caller, new TeamService.TeamForm(name, institution, township, activeFrom));
                    return Pages.seeOther(request, "/app/contracts/teams/" + id + "?notice=created");
                },
                this::list);
    }

    @GET
    @Path("{id:\\d+}")
    public String detail(@PathParam("id") long id, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        models.put("t", teams.detail(caller, id));
        models.put("notice", notice);
        models.put("canChange", caller.role() != Role.PROVINCE_SUPERVISOR);
        models.put("roles", MemberRole.values());
        models.put("today", LocalDate.now(clock));
        return "contracts/team.html";
    }

    @POST
    @Path("{id:\\d+}/close")
    public Response close(@PathParam("id") long id, @FormParam("activeTo") String activeTo) {
        Caller caller = currentCaller.require();
        return changed(id, "closed", () -> teams.close(caller, id, activeTo));
    }

    @POST
    @Path("{id:\\d+}/members/{member:\\d+}/leave")
    public Response leave(
            @PathParam("id") long id, @PathParam("member") long member, @FormParam("activeTo") String activeTo) {
        Caller caller = currentCaller.require();
        return changed(id, "memberLeft", () -> teams.memberLeaves(caller, id, member, activeTo));
    }

    private Response changed(long id, String notice, Runnable change) {
        return Pages.attempt(
                models, request, "/app/contracts/teams/" + id + "?notice=" + notice, change, () -> detail(id, null));
    }

    @POST
    @Path("{id:\\d+}/members")
    public Response addMember(
            @PathParam("id") long id,
            @FormParam("name") String name,
            @FormParam("licenceNumber") String licenceNumber,
            @FormParam("role") String role,
            @FormParam("activeFrom") String activeFrom) {
        Caller caller = currentCaller.require();
        return changed(
                id,
                "memberAdded",
                () -> teams.addMember(caller, id, new TeamService.MemberForm(name, licenceNumber, role, activeFrom)));
    }
}
