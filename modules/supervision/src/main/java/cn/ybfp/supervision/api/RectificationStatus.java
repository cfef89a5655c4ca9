package cn.ybfp.supervision.api;

/** Where a rectification item (问题清单) stands: open, answered by the county, or closed by the province (不整改不放过). */
public enum RectificationStatus {
    OPEN("待整改"),
    ANSWERED("已反馈，待省级核验"),
    CLOSED("已整改销号");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
