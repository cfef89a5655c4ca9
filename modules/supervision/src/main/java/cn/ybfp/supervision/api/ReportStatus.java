package cn.ybfp.supervision.api;

/** Where a county's quarterly report stands: submitted and frozen, accepted by the province, or returned. */
public enum ReportStatus {
    SUBMITTED("已报送，待省级审核"),
    ACCEPTED("已审核通过"),
    RETURNED("已退回");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
