package cn.ybfp.contracts.api;

/** Why a contract ends before its year is over. */
public enum EndReason {
    DECEASED,
    MOVED_OUT,
    /** a contract with another team starts: the old one ends the day before */
    CHANGED_TEAM
}
