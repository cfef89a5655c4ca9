package cn.ybfp.register.api;

/** How a write-off case is closed (销号原因): enrolled now, or one of the documented reasons not to. */
public enum WriteOffReason {
    ENROLLED("已参保"),
    ARMY("参军"),
    PRISON("服刑"),
    EMPLOYEE_INSURANCE("职工参保"),
    ENROLLED_ELSEWHERE("异地参保"),
    DECEASED("死亡"),
    OTHER("其他");

    private final String label;

    WriteOffReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
