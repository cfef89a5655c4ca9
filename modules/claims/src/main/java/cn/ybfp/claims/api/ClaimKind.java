package cn.ybfp.claims.api;

/** What the cost was incurred for; it decides which layers apply. */
public enum ClaimKind {
    INPATIENT("住院"),
    /** Needs a chronic-disease booklet (门诊慢病手册); the hospital system only sends such claims. */
    OUTPATIENT_CHRONIC("门诊慢特病"),
    /** Special food for phenylketonuria (苯丙酮尿症特殊治疗食品), paid by assistance alone. */
    SPECIAL_FOOD_PKU("苯丙酮尿症特殊治疗食品");

    private final String label;

    ClaimKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
