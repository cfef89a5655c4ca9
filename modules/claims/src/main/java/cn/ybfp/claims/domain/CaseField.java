package cn.ybfp.claims.domain;

/**
 * The fields of a settlement case, with the JSON name the sender typed and the Chinese name the clerk reads, so
 * that every rejection names the field the same way: "目录外费用（outOfPolicyCost）不能大于总费用". The constants
 * are grouped case, person, claim, in the order of the JSON shape: the reader takes the groups as ranges.
 */
public enum CaseField {
    SCHEME("scheme", "待遇政策方案"),
    PERSON("person", "参保人"),
    CATEGORIES("categories", "救助对象类别"),
    BIRTH_DATE("birthDate", "出生日期"),
    CLAIMS("claims", "费用明细"),
    ID("id", "编号"),
    KIND("kind", "费用类别"),
    DATE("date", "出院（就诊）日期"),
    HOSPITAL_LEVEL("hospitalLevel", "医疗机构级别"),
    REFERRAL("referral", "转诊情况"),
    OUT_OF_PROVINCE("outOfProvince", "省外就医"),
    TOTAL_COST("totalCost", "总费用"),
    OUT_OF_POLICY_COST("outOfPolicyCost", "目录外费用"),
    HOSPITAL_REDUCTION("hospitalReduction", "医疗机构减免"),
    SUPPLEMENTARY_INSURANCE("supplementaryInsurance", "商业补充保险");

    private final String jsonName;
    private final String label;

    CaseField(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    /** "目录外费用（outOfPolicyCost）" followed by what is wrong with it. */
    public String problem(String what) {
        return label + "（" + jsonName + "）" + what;
    }
}
