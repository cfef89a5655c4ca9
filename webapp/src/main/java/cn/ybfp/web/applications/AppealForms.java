package cn.ybfp.web.applications;

import cn.ybfp.kernel.validation.RequiredText;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.FormParam;

/** The appeal pages' forms, one bean per action (see {@link StepForms}). */
public final class AppealForms {

    private AppealForms() {}

    /** 复核: the outcome and its reasons, on the version of the appeal the clerk saw. */
    public static class Decide {
        @MvcBinding
        @FormParam("outcome")
        @NotBlank(message = "{validation.choose}")
        String outcome;

        @MvcBinding
        @FormParam("reason")
        @RequiredText(max = 1000)
        String reason;

        @MvcBinding
        @FormParam("version")
        @NotNull(message = "{validation.stale}")
        Long version;
    }

    /** 结算单申诉: one line of a bill contested, with the grounds. */
    public static class BillLine {
        @MvcBinding
        @FormParam("claimId")
        @NotNull(message = "{validation.stale}")
        Long claimId;

        @MvcBinding
        @FormParam("line")
        @NotNull(message = "{validation.stale}")
        Integer line;

        @MvcBinding
        @FormParam("grounds")
        @RequiredText(max = 1000)
        String grounds;
    }
}
