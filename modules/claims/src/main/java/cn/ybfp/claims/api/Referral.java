package cn.ybfp.claims.api;

/** How the patient reached the hospital (转诊): it moves the deductible, the ratio and the right to assistance. */
public enum Referral {
    /** Not referred (e.g. a first visit at the county hospital). */
    NONE("未转诊"),
    /** Referred as the rules say (规范转诊): deductible continuous, no out-of-province penalty. */
    COMPLIANT("规范转诊"),
    /** Referred against the rules (未按规定转诊): lower basic ratio, no medical or tilted assistance. */
    NON_COMPLIANT("未按规定转诊");

    private final String label;

    Referral(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
