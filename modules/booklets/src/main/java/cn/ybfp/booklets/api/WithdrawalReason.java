package cn.ybfp.booklets.api;

/** Why a booklet stops before its end: the patient is cured, died or moved away, or an audit found it unfounded. */
public enum WithdrawalReason {
    CURED,
    DECEASED,
    MOVED_OUT,
    AUDIT_FINDING
}
