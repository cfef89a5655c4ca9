package cn.ybfp.supervision.api;

/** What the province found on a sampled decision: compliant, or a problem (which becomes a rectification item). */
public enum SampleFinding {
    COMPLIANT("合规"),
    PROBLEM("存在问题");

    private final String label;

    SampleFinding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
