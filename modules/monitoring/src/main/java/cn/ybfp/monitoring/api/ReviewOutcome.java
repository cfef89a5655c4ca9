package cn.ybfp.monitoring.api;

/** How the reviewer closed a screen's flag. */
public enum ReviewOutcome {
    NO_PROBLEM("经核查无问题"),
    RECOVERED("已追回违规费用"),
    REFERRED("已移交处理");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
