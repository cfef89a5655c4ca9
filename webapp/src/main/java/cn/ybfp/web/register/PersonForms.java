package cn.ybfp.web.register;

import cn.ybfp.kernel.validation.DatesInOrder;
import cn.ybfp.kernel.validation.IsoDate;
import cn.ybfp.kernel.validation.RequiredText;
import cn.ybfp.kernel.validation.ResidentIdNumber;
import cn.ybfp.kernel.validation.Text;
import cn.ybfp.register.application.CategoryForm;
import cn.ybfp.register.application.EnrolmentForm;
import cn.ybfp.register.application.PersonEdit;
import cn.ybfp.register.application.PersonForm;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.FormParam;

/**
 * The register's forms, one bean per action: Bean Validation at the field first (the message in the page's language
 * from {@code ValidationMessages}), then the register's own checks against the people it holds.
 */
public final class PersonForms {

    private PersonForms() {}

    /** 登记: a new person, into a new household or an existing one. */
    public static class Register {
        @MvcBinding
        @FormParam("idNumber")
        @NotBlank(message = "{validation.required}")
        @ResidentIdNumber
        String idNumber;

        @MvcBinding
        @FormParam("name")
        @RequiredText(max = 50)
        String name;

        @MvcBinding
        @FormParam("phone")
        @Text(max = 20)
        String phone;

        @MvcBinding
        @FormParam("townshipCode")
        @NotBlank(message = "{validation.choose}")
        String townshipCode;

        @MvcBinding
        @FormParam("householdId")
        @Pattern(regexp = "\\s*\\d*\\s*", message = "{validation.whole}")
        String householdId;

        @MvcBinding
        @FormParam("relationToHead")
        @Text(max = 20)
        String relationToHead;

        @MvcBinding
        @FormParam("address")
        @Text(max = 200)
        String address;

        PersonForm toForm() {
            Long household = householdId != null && householdId.strip().matches("\\d{1,18}")
                    ? Long.valueOf(householdId.strip())
                    : null;
            return new PersonForm(idNumber, name, phone, townshipCode, household, relationToHead, address);
        }
    }

    /** 修改: the person's name, contact and status, on the version the clerk saw. */
    public static class Edit {
        @MvcBinding
        @FormParam("name")
        @RequiredText(max = 50)
        String name;

        @MvcBinding
        @FormParam("phone")
        @Text(max = 20)
        String phone;

        @MvcBinding
        @FormParam("relationToHead")
        @Text(max = 20)
        String relationToHead;

        @MvcBinding
        @FormParam("status")
        @NotBlank(message = "{validation.choose}")
        String status;

        @MvcBinding
        @FormParam("statusDate")
        @IsoDate
        String statusDate;

        @MvcBinding
        @FormParam("version")
        @NotNull(message = "{validation.stale}")
        Long version;

        PersonEdit toEdit() {
            return new PersonEdit(name, phone, relationToHead, status, statusDate, version == null ? -1 : version);
        }
    }

    /** 添加类别: a category with its recognising document and validity. */
    @DatesInOrder(from = "validFrom", to = "validTo")
    public static class Category {
        @MvcBinding
        @FormParam("category")
        @NotBlank(message = "{validation.choose}")
        String category;

        @MvcBinding
        @FormParam("department")
        @NotBlank(message = "{validation.choose}")
        String department;

        @MvcBinding
        @FormParam("documentNumber")
        @Text(max = 60)
        String documentNumber;

        @MvcBinding
        @FormParam("validFrom")
        @NotBlank(message = "{validation.required}")
        @IsoDate
        String validFrom;

        @MvcBinding
        @FormParam("validTo")
        @IsoDate
        String validTo;

        CategoryForm toForm() {
            return new CategoryForm(category, department, documentNumber, validFrom, validTo);
        }
    }

    /** 参保登记: the year's enrolment. */
    public static class Enrolment {
        @MvcBinding
        @FormParam("year")
        @Pattern(regexp = "\\s*\\d{4}\\s*", message = "{validation.year}")
        String year;

        @MvcBinding
        @FormParam("status")
        @NotBlank(message = "{validation.choose}")
        String status;

        @MvcBinding
        @FormParam("paidDate")
        @IsoDate
        String paidDate;

        EnrolmentForm toForm() {
            return new EnrolmentForm(year, status, paidDate);
        }
    }
}
