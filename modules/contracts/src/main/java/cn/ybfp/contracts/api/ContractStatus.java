package cn.ybfp.contracts.api;

/** A contract runs its year, or ends early with a reason ({@link EndReason}). */
public enum ContractStatus {
    ACTIVE,
    ENDED
}
