package cn.ybfp.web.register;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.validation.IsoDate;
import cn.ybfp.kernel.validation.Text;
import cn.ybfp.register.api.WriteOffReason;
import cn.ybfp.register.application.RegisterException;
import cn.ybfp.register.application.WriteOffService;
import cn.ybfp.web.security.CurrentCaller;
import cn.ybfp.web.view.Forms;
import cn.ybfp.web.view.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.binding.BindingResult;
import jakarta.mvc.binding.MvcBinding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

/** 未参保销号: the township's to-do list of uninsured targets, closing cases, and the coverage table. */
@Path("register/write-off")
@Controller
@RequestScoped
public class WriteOffController {

    /** Beijing's (the portal's producer). */
    @Inject
    Clock clock;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    WriteOffService writeOffs;

    @Inject
    Models models;

    @Inject
    HttpServletRequest request;

    @Inject
    BindingResult binding;

    @Inject
    MvcContext mvc;

    @GET
    public String list(
            @QueryParam("year") Integer year, @QueryParam("page") Integer page, @QueryParam("notice") String notice) {
        Caller caller = currentCaller.require();
        int chosen = year == null ? LocalDate.now(clock).getYear() : year;
        models.put("year", chosen);
        models.put("cases", writeOffs.open(caller, chosen, page == null ? 1 : page));
        models.put("coverage", writeOffs.coverage(caller, chosen));
        models.put("reasons", WriteOffReason.values());
        models.put("today", LocalDate.now(clock));
        models.put("notice", notice);
        return "register/writeOffList.html";
    }

    @POST
    @Path("{personId}")
    public Response close(@PathParam("personId") long personId, @Valid @BeanParam Closing form) {
        Caller caller = currentCaller.require();
        if (binding.isFailed()) {
            Forms.refused(
                    models,
                    binding,
                    mvc.getLocale(),
                    field -> field.equals("closedOn") ? "writeOff.date" : "writeOff." + field);
            return refused(form.year);
        }
        try {
            writeOffs.close(caller, personId, form.year, form.reason, form.closedOn, form.note);
            return Response.seeOther(URI.create(
                            request.getContextPath() + "/app/register/write-off?year=" + form.year + "&notice=closed"))
                    .build();
        } catch (RegisterException e) {
            Pages.refused(models, e);
            return refused(form.year);
        }
    }

    /** The list again with the refusal, as 400: nothing was changed. */
    private Response refused(int year) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(list(year, 1, null))
                .build();
    }

    /** 销号: why the target is closed, from when, and a note where the reason is "other". */
    public static class Closing {
        @FormParam("year")
        int year;

        @MvcBinding
        @FormParam("reason")
        @NotBlank(message = "{validation.choose}")
        String reason;

        @MvcBinding
        @FormParam("closedOn")
        @NotBlank(message = "{validation.required}")
        @IsoDate
        String closedOn;

        @MvcBinding
        @FormParam("note")
        @Text(max = 200)
        String note;
    }
}
