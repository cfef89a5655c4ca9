package cn.ybfp.register.api;

/** What a row of a department's list means for the register (数据交换比对的结果). */
public enum ExchangeOutcome {
    /** Checked in Java and waiting for the comparison with the register. */
    PENDING("待比对"),
    NEW_PERSON("新增人员"),
    NEW_CATEGORY("新增类别"),
    ENDED_CATEGORY("类别终止"),
    CHANGED("信息变更"),
    UNCHANGED("无变化"),
    REJECTED("不予导入");

    private final String label;

    ExchangeOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
