package cn.ybfp.contracts.api;

/** What a family doctor's service record (履约记录) says was done: the volume and frequency the fee is paid by. */
public enum ServiceType {
    /** 健康评估 */
    HEALTH_ASSESSMENT,
    /** 慢病随访 */
    CHRONIC_FOLLOW_UP,
    /** 上门服务 */
    HOME_VISIT,
    /** 健康咨询 */
    CONSULTATION,
    /** 健康教育 */
    HEALTH_EDUCATION
}
