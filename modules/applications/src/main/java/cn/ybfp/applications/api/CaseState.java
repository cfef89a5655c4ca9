package cn.ybfp.applications.api;

/** Where an application stands (依申请救助, 吉政办发〔2022〕16号 五（八）). */
public enum CaseState {
    APPLIED("已申请，待受理"),
    PENDING_CORRECTION("待补正"),
    ACCEPTED("已受理，待初审"),
    PRE_REVIEWED("初审通过，待身份认定"),
    DETERMINED("已认定，待审批"),
    IN_NOTICE("公示中"),
    FINAL("公示期满，待拨付"),
    PAID("已拨付"),
    REJECTED("不予救助"),
    WITHDRAWN("已撤回");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Nothing more happens to the case itself (an appeal is a case of its own). */
    public boolean isClosed() {
        return this == PAID || this == REJECTED || this == WITHDRAWN;
    }
}
