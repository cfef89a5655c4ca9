package cn.ybfp.web.applications;

import cn.ybfp.applications.application.ApplicationForm;
import cn.ybfp.kernel.validation.RequiredText;
import cn.ybfp.kernel.validation.ResidentIdNumber;
import cn.ybfp.kernel.validation.Text;
import cn.ybfp.kernel.validation.Yuan;
import jakarta.mvc.binding.MvcBinding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.FormParam;
import java.util.ArrayList;
import java.util.List;

/**
 * A new application as the township clerk typed it: the form's constraints first (the message at its field), then
 * the service's checks against the register and the claims. The receipts are rows of repeated fields, in order.
 */
public class ApplicationFormParams {

    @MvcBinding
    @FormParam("idNumber")
    @NotBlank(message = "{validation.required}")
    @ResidentIdNumber
    String idNumber;

    @MvcBinding
    @FormParam("village")
    @RequiredText(max = 60)
    String village;

    @MvcBinding
    @FormParam("year")
    @Pattern(regexp = "\\s*\\d{4}\\s*", message = "{validation.year}")
    String year;

    @MvcBinding
    @FormParam("householdMembers")
    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "\\s*\\d{1,2}\\s*", message = "{validation.whole}")
    String householdMembers;

    @MvcBinding
    @FormParam("householdIncome")
    @NotBlank(message = "{validation.required}")
    @Yuan
    String householdIncome;

    @MvcBinding
    @FormParam("assets")
    @Text(max = 500)
    String assets;

    @FormParam("declarationSigned")
    String declarationSigned;

    @FormParam("materials")
    List<String> materials;

    @FormParam("claimIds")
    List<String> claimIds;

    @FormParam("receiptHospital")
    List<String> receiptHospital;

    @FormParam("receiptKind")
    List<String> receiptKind;

    @FormParam("receiptDate")
    List<String> receiptDate;

    @FormParam("receiptLevel")
    List<String> receiptLevel;

    @FormParam("receiptTotal")
    List<String> receiptTotal;

    @FormParam("receiptOutOfPolicy")
    List<String> receiptOutOfPolicy;

    ApplicationForm toForm() {
        List<ApplicationForm.ReceiptForm> receipts = new ArrayList<>();
        for (int i = 0; i < size(receiptHospital); i++) {
            receipts.add(new ApplicationForm.ReceiptForm(
                    at(receiptHospital, i),
                    at(receiptKind, i),
                    at(receiptDate, i),
                    at(receiptLevel, i),
                    at(receiptTotal, i),
                    at(receiptOutOfPolicy, i)));
        }
        return new ApplicationForm(
                idNumber,
                village,
                year,
                householdMembers,
                householdIncome,
                assets,
                "true".equals(declarationSigned),
                materials == null ? List.of() : materials,
                claimIds == null ? List.of() : claimIds,
                receipts);
    }

    private static int size(List<String> values) {
        return values == null ? 0 : values.size();
    }

    private static String at(List<String> values, int index) {
        return values == null || index >= values.size() ? null : values.get(index);
    }
}
