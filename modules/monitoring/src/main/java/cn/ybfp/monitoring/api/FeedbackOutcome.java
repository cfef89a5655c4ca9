package cn.ybfp.monitoring.api;

/** What the comparison of one row of a feedback file found. */
public enum FeedbackOutcome {
    RECOGNISED("认定，将登记身份并转救助"),
    NOT_RECOGNISED("不予认定"),
    REJECTED("退回");

    private final String label;

    FeedbackOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
