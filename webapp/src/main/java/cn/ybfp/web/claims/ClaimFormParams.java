package cn.ybfp.web.claims;

import cn.ybfp.claims.application.CorrectionDraft;
import cn.ybfp.claims.application.SettlementService.ClaimRequest;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.FormParam;

/**
 * The settle-a-claim form as the clerk typed it. It becomes the claim of the case JSON, so the portal and the
 * hospital API check it the same way; the field names are the JSON's.
 */
public class ClaimFormParams {

    @FormParam("idNumber")
    String idNumber;

    @FormParam("id")
    String id;

    @FormParam("kind")
    String kind;

    @FormParam("date")
    String date;

    /** The designated institution's national code, picked from the registry. */
    @FormParam("institution")
    String institution;

    @FormParam("admissionDate")
    String admissionDate;

    @FormParam("disease")
    String disease;

    @FormParam("hospitalLevel")
    String hospitalLevel;

    @FormParam("referral")
    String referral;

    @FormParam("outOfProvince")
    String outOfProvince;

    @FormParam("totalCost")
    String totalCost;

    @FormParam("outOfPolicyCost")
    String outOfPolicyCost;

    @FormParam("hospitalReduction")
    String hospitalReduction;

    @FormParam("supplementaryInsurance")
    String supplementaryInsurance;

    @FormParam("corrects")
    String corrects;

    ClaimRequest toRequest() {
        ObjectNode claim = JsonNodeFactory.instance.objectNode();
        claim.put("id", strip(id));
        putText(claim, "kind", kind);
        putText(claim, "date", date);
        putText(claim, "admissionDate", admissionDate);
        putText(claim, "disease", disease == null ? null : disease.toUpperCase(java.util.Locale.ROOT));
        if (hospitalLevel != null && !hospitalLevel.isBlank()) {
            try {
                claim.put("hospitalLevel", Integer.parseInt(hospitalLevel.strip()));
            } catch (NumberFormatException e) {
                claim.put("hospitalLevel", hospitalLevel.strip()); // reported as "应为 1、2 或 3"
            }
        }
        putText(claim, "referral", referral);
        claim.put("outOfProvince", "true".equals(outOfProvince));
        putText(claim, "totalCost", totalCost);
        putText(claim, "outOfPolicyCost", outOfPolicyCost);
        putText(claim, "hospitalReduction", hospitalReduction);
        putText(claim, "supplementaryInsurance", supplementaryInsurance);
        String picked = strip(institution);
        return new ClaimRequest(strip(idNumber), null, picked.isEmpty() ? null : picked, corrects, claim);
    }

    private static void putText(ObjectNode claim, String field, String value) {
        if (value != null && !value.isBlank()) {
            claim.put(field, value.strip().replace(",", ""));
        }
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** An empty form for a person picked on their register page (or no one). */
    static ClaimFormParams forPerson(String idNumber) {
        ClaimFormParams form = new ClaimFormParams();
        form.idNumber = idNumber;
        form.kind = "INPATIENT";
        form.referral = "NONE";
        return form;
    }

    /** The form correcting a reversed claim: what it said, under a new claim number still to be given. */
    static ClaimFormParams correcting(CorrectionDraft draft) {
        ClaimFormParams form = forPerson(draft.idNumber());
        form.corrects = draft.corrects();
        form.kind = draft.kind();
        form.date = draft.date();
        form.admissionDate = draft.admissionDate();
        form.disease = draft.disease();
        form.institution = draft.institutionCode();
        form.hospitalLevel = draft.hospitalLevel();
        form.referral = draft.referral();
        form.outOfProvince = String.valueOf(draft.outOfProvince());
        form.totalCost = draft.totalCost();
        form.outOfPolicyCost = draft.outOfPolicyCost();
        form.hospitalReduction = draft.hospitalReduction();
        form.supplementaryInsurance = draft.supplementaryInsurance();
        return form;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getDate() {
        return date;
    }

    public String getAdmissionDate() {
        return admissionDate;
    }

    public String getDisease() {
        return disease;
    }

    public String getInstitution() {
        return institution;
    }

    public String getHospitalLevel() {
        return hospitalLevel;
    }

    public String getReferral() {
        return referral;
    }

    public String getOutOfProvince() {
        return outOfProvince;
    }

    public String getTotalCost() {
        return totalCost;
    }

    public String getOutOfPolicyCost() {
        return outOfPolicyCost;
    }

    public String getHospitalReduction() {
        return hospitalReduction;
    }

    public String getSupplementaryInsurance() {
        return supplementaryInsurance;
    }

    public String getCorrects() {
        return corrects;
    }
}
