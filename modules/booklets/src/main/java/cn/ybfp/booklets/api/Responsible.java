package cn.ybfp.booklets.api;

/** Who a fault is laid on (云医保〔2020〕128号 二（四）: 医疗机构、医务工作者、医保经办人员). */
public enum Responsible {
    INSTITUTION,
    DOCTOR,
    INSURANCE_CLERK
}
