package cn.ybfp.monitoring.api;

/** Where an uploaded feedback file stands: compared, then applied once or discarded. */
public enum FeedbackStatus {
    COMPARED("已比对，待应用"),
    APPLIED("已应用"),
    DISCARDED("已放弃");

    private final String label;

    FeedbackStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
