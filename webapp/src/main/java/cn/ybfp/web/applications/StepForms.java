package cn.ybfp.web.applications;

import cn.ybfp.applications.api.Material;
import cn.ybfp.applications.api.PaymentMethod;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.Refusal;
import cn.ybfp.kernel.validation.DatesInOrder;
import cn.ybfp.kernel.validation.IsoDate;
import cn.ybfp.kernel.validation.RequiredText;
import cn.ybfp.kernel.validation.Text;
import cn.ybfp.kernel.validation.Yuan;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.FormParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The case page's step forms, one bean per action: what the clerk typed, checked by Bean Validation (the message at
 * its field, in the page's language, from {@code ValidationMessages}) before the step's command runs. Each carries
 * the version of the case the clerk saw. The typed values are read only after the bean passed its constraints.
 */
public final class StepForms {

    /** A field's name, for a refusal that names it: a text of the portal's bundle. */
    private static Refusal label(String key) {
        return Refusal.of("messages", key);
    }

    private StepForms() {}

    /** 受理: the materials still missing (none: accepted; some: pending correction). */
    public static class Accept {
        @MvcBinding
        @FormParam("version")
        @NotNull(message = "{validation.stale}")
        Long version;

        @FormParam("missing")
        List<String> missing;

        @MvcBinding
        @FormParam("comment")
        @Text(max = 1000)
        String comment;

        Set<Material> missing() {
            return FormValues.choices(
                    Material.class, missing == null ? List.of() : missing, "missing", label("apps.missingLabel"));
        }
    }

    /** 补正完毕. */
    public static class Complete {
        @MvcBinding
        @FormParam("version")
        @NotNull(message = "{validation.stale}")
        Long version;

        @MvcBinding
        @FormParam("comment")
        @Text(max = 1000)
        String comment;
    }

    /** 初审. */
    public static class Forward {
        @MvcBinding
        @FormParam("version")
        @NotNull(message = "{validation.stale}")
        Long version;

        @MvcBinding
        @FormParam("survey")
        @RequiredText(max = 1000)
        String survey;

        @MvcBinding
        @FormParam("comment")
        @Text(max = 1000)
        String comment;
    }

    /** 身份认定. */
    @DatesInOrder(from = "validFrom", to = "validTo")
    public static class Determine {
        @MvcBinding
        @FormParam("version")
        @NotNull(message = "{validation.stale}")
        Long version;

        @MvcBinding
        @FormParam("category")
        @NotBlank(message = "{validation.choose}")
        String category;

        @MvcBinding
        @FormParam("document")
        @RequiredText(max = 60)
        String document;

        @MvcBinding
        @FormParam("validFrom")
        @NotBlank(message = "{validation.required}")
        @IsoDate
        String validFrom;

        @MvcBinding
        @FormParam("validTo")
        @IsoDate
        String validTo;

        AssistanceCategory category() {
            return FormValues.choice(AssistanceCategory.class, category, "category", label("apps.granted"));
        }

        LocalDate validFrom() {
            return LocalDate.parse(validFrom.strip());
        }

        LocalDate validTo() {
            return validTo == null || validTo.isBlank() ? null : LocalDate.parse(validTo.strip());
        }
    }

    /** 审批: blank amount approves the assessed one. */
    public static class Approve {
        @MvcBinding
        @FormParam("version")
        @NotNull(message = "{validation.stale}")
        Long version;

        @MvcBinding
        @FormParam("amount")
        @Yuan
        String amount;

        @MvcBinding
        @FormParam("reason")
        @Text(max = 1000)
        String reason;

        BigDecimal amount() {
            return amount == null || amount.isBlank() ? null : FormValues.money(amount, "amount", label("apps.amount"));
        }
    }

    /** 不予救助, 退回补正, 公示异议 and 撤回: a reason is all they take. */
    public static class Reason {
        @MvcBinding
        @FormParam("version")
        @NotNull(message = "{validation.stale}")
        Long version;

        @MvcBinding
        @FormParam("reason")
        @RequiredText(max = 1000)
        String reason;
    }

    /** 拨付. */
    public static class Pay {
        @MvcBinding
        @FormParam("version")
        @NotNull(message = "{validation.stale}")
        Long version;

        @MvcBinding
        @FormParam("paidOn")
        @NotBlank(message = "{validation.required}")
        @IsoDate
        String paidOn;

        @MvcBinding
        @FormParam("method")
        @NotBlank(message = "{validation.choose}")
        String method;

        @MvcBinding
        @FormParam("reference")
        @RequiredText(max = 60)
        String reference;

        LocalDate paidOn() {
            return LocalDate.parse(paidOn.strip());
        }

        PaymentMethod method() {
            return FormValues.choice(PaymentMethod.class, method, "method", label("apps.method"));
        }
    }

    /** 申诉: an appeal against the case's decision, with its grounds. */
    public static class Grounds {
        @MvcBinding
        @FormParam("grounds")
        @RequiredText(max = 1000)
        String grounds;
    }
}
