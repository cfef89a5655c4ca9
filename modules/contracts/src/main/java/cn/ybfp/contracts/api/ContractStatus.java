package cn.ybfp.contracts.api;

/** A contract runs its year, ends early with a reason ({@link EndReason}), or expires when its year is over. */
public enum ContractStatus {
    ACTIVE,
    ENDED,
    /** its year is over (what a list shows of an active contract past its end; stored when it is renewed) */
    EXPIRED
}
