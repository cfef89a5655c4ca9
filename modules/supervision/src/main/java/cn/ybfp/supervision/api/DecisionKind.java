package cn.ybfp.supervision.api;

/** The county decisions the province samples: approved application cases, settled bills, recognised booklets. */
public enum DecisionKind {
    CASE("依申请救助审批"),
    BILL("结算单"),
    BOOKLET("慢特病认定");

    private final String label;

    DecisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
