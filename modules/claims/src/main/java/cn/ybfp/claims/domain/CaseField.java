package cn.ybfp.claims.domain;

/**
 * The fields of a settlement case, by the JSON name the sender typed; their names for the clerk are in
 * {@code cn/ybfp/claims/problems} ({@code field.<jsonName>}), so that every rejection names the field the same way:
 * "目录外费用（outOfPolicyCost）不能大于总费用". The constants
 * are grouped case, person, claim, in the order of the JSON shape: the reader takes the groups as ranges.
 */
public enum CaseField {
    SCHEME("scheme"),
    PERSON("person"),
    CATEGORIES("categories"),
    BIRTH_DATE("birthDate"),
    CLAIMS("claims"),
    ID("id"),
    KIND("kind"),
    DATE("date"),
    HOSPITAL_LEVEL("hospitalLevel"),
    REFERRAL("referral"),
    OUT_OF_PROVINCE("outOfProvince"),
    TOTAL_COST("totalCost"),
    OUT_OF_POLICY_COST("outOfPolicyCost"),
    HOSPITAL_REDUCTION("hospitalReduction"),
    SUPPLEMENTARY_INSURANCE("supplementaryInsurance"),
    DISEASE("disease"),
    ADMISSION_DATE("admissionDate");

    private final String jsonName;

    CaseField(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
