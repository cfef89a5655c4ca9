package cn.ybfp.register.api;

/** 参保状态 for one year (GLOSSARY: enrolment status). */
public enum EnrolmentStatus {
    ENROLLED("已参保"),
    NOT_ENROLLED("未参保"),
    EMPLOYEE_INSURANCE("职工医保"),
    ENROLLED_ELSEWHERE("异地参保"),
    SUSPENDED("中断");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    /** The Chinese name, for files and history lines (pages use the message bundle). */
    public String label() {
        return label;
    }
}
