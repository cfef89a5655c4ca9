package cn.ybfp.claims.domain;

/**
 * The identity flags (身份标识) that the settlement reads; a person can hold several (多重身份). Which class of
 * assistance each category gives is the scheme's business, not the category's: see {@link AssistanceClassResolution}.
 */
public enum AssistanceCategory {
    EXTREMELY_POOR("特困人员", "特困"),
    ORPHAN("孤儿", "孤儿"),
    LOW_INCOME_GUARANTEE("低保对象", "低保"),
    RETURNED_TO_POVERTY("返贫致贫人口", "返贫致贫"),
    MARGINAL_LOW_INCOME("低保边缘家庭成员", "低保边缘"),
    MONITORED_AT_RISK("农村易返贫致贫人口", "易返贫致贫"),
    ILLNESS_IMPOVERISHED("因病致贫重病患者", "因病致贫"),
    REGISTERED_POOR("建档立卡贫困人口", "建档立卡"),
    SEVERELY_DISABLED("重度残疾人", "重度残疾"),
    STABLE_LIFTED("稳定脱贫人口", "稳定脱贫");

    private final String label;
    private final String shortLabel;

    AssistanceCategory(String label, String shortLabel) {
        this.label = label;
        this.shortLabel = shortLabel;
    }

    public String label() {
        return label;
    }

    /** The form used inside rule lines, e.g. "特困/低保/返贫致贫减半". */
    public String shortLabel() {
        return shortLabel;
    }
}
