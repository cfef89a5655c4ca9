package cn.ybfp.kernel;

import java.util.OptionalInt;

/**
 * The assistance categories (救助对象类别, the identity flags 身份标识 that the settlement reads); a person can hold
 * several at once (多重身份). The class each gives is the scheme's business; {@link #defaultClass()} is the glossary's
 * class (吉政办发〔2022〕16号 二（一）), which the register shows.
 */
public enum AssistanceCategory {
    EXTREMELY_POOR("特困人员", "特困", 1),
    ORPHAN("孤儿", "孤儿", 1),
    LOW_INCOME_GUARANTEE("低保对象", "低保", 2),
    RETURNED_TO_POVERTY("返贫致贫人口", "返贫致贫", 2),
    MARGINAL_LOW_INCOME("低保边缘家庭成员", "低保边缘", 3),
    MONITORED_AT_RISK("农村易返贫致贫人口", "易返贫致贫", 3),
    ILLNESS_IMPOVERISHED("因病致贫重病患者", "因病致贫", 4),
    REGISTERED_POOR("建档立卡贫困人口", "建档立卡", 0),
    SEVERELY_DISABLED("重度残疾人", "重度残疾", 0),
    STABLE_LIFTED("稳定脱贫人口", "稳定脱贫", 0);

    private final String label;
    private final String shortLabel;
    private final int defaultClass;

    AssistanceCategory(String label, String shortLabel, int defaultClass) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.defaultClass = defaultClass;
    }

    /** The class of 吉政办发〔2022〕16号 (orphans as class 1); empty where only a scheme sets it, or none applies. */
    public OptionalInt defaultClass() {
        return defaultClass == 0 ? OptionalInt.empty() : OptionalInt.of(defaultClass);
    }

    public String label() {
        return label;
    }

    /** The form used inside rule lines, e.g. "特困/低保/返贫致贫减半". */
    public String shortLabel() {
        return shortLabel;
    }
}
