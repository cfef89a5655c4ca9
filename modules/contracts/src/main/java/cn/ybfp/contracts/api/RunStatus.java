package cn.ybfp.contracts.api;

/** A quarterly payment run: computed (may be computed again), approved by a second clerk (frozen), paid. */
public enum RunStatus {
    COMPUTED,
    APPROVED,
    PAID
}
