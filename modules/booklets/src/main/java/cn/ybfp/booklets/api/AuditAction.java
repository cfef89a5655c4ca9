package cn.ybfp.booklets.api;

/**
 * What follows a fault (云医保〔2020〕128号 二（四）: 一经查实，…责令整改、…依纪依规处理、…按欺诈骗保处理、…移交司法机关).
 */
public enum AuditAction {
    CORRECTED,
    DISCIPLINE,
    FRAUD_INVESTIGATION,
    JUDICIAL_REFERRAL
}
