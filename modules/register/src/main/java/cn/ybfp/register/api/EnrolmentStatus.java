package cn.ybfp.register.api;

/** 参保状态 for one year (GLOSSARY: enrolment status). */
public enum EnrolmentStatus {
    ENROLLED, NOT_ENROLLED, EMPLOYEE_INSURANCE, ENROLLED_ELSEWHERE, SUSPENDED
}
