package cn.ybfp.register.api;

/** The department that recognised a category (认定部门). */
public enum Department {
    /** 民政 */
    CIVIL_AFFAIRS,
    /** 乡村振兴 */
    RURAL_REVITALISATION,
    /** 残联 */
    DISABLED_PERSONS_FEDERATION,
    /** 医疗保障 (class 4, through an application) */
    HEALTHCARE_SECURITY
}
