package cn.ybfp.applications.api;

/** The reviewer's answer to an appeal (复核结论). */
public enum AppealOutcome {
    /** 维持原决定: the contested decision stands. */
    UPHELD("维持原决定"),
    /** 撤销原决定: the case is reopened (or, for a bill line, the bill is reversed for a new settlement). */
    OVERTURNED("撤销原决定");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
