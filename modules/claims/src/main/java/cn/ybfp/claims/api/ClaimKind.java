package cn.ybfp.claims.api;

/** What the cost was incurred for; it decides which layers apply. */
public enum ClaimKind {
    INPATIENT("住院"),
    /**
     * Outpatient chronic disease (门诊慢性病): needs a booklet for a chronic disease of the pooling region's catalogue;
     * no deductible, its own yearly cap, the class's outpatient assistance ratio.
     */
    OUTPATIENT_CHRONIC("门诊慢性病"),
    /**
     * Outpatient special disease (门诊特殊疾病): needs a booklet for a special disease of the catalogue; a yearly
     * deductible, inside the inpatient yearly cap, counted for critical illness and assisted at the class's inpatient
     * standard (吉政办发〔2022〕16号 四（六）).
     */
    OUTPATIENT_SPECIAL("门诊特殊疾病"),
    /** Special food for phenylketonuria (苯丙酮尿症特殊治疗食品), paid by assistance alone. */
    SPECIAL_FOOD_PKU("苯丙酮尿症特殊治疗食品");

    private final String label;

    ClaimKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Outpatient chronic or special disease: a claim for a disease of the catalogue, with a booklet for it. */
    public boolean isOutpatientDisease() {
        return this == OUTPATIENT_CHRONIC || this == OUTPATIENT_SPECIAL;
    }
}
