package cn.ybfp.monitoring.api;

/** Where an early warning stands in its closed loop: raised, pushed to civil affairs and rural revitalisation, and ended as assisted, not recognised or withdrawn. */
public enum WarningStatus {
    RAISED("新预警，待推送"),
    PUSHED("已推送，待反馈"),
    /** Recognised by the department: the register has the category and an application case was opened. */
    ASSISTED("已认定，已转救助"),
    NOT_RECOGNISED("未认定"),
    /** A reversal took the yearly burden back below the threshold before any feedback. */
    WITHDRAWN("已撤销");

    private final String label;

    WarningStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
