package cn.ybfp.contracts.api;

/** What a payment run's line says of a contract: paid now, paid late (adjustment), or why nothing is paid. */
public enum LineKind {
    PAYMENT,
    ADJUSTMENT,
    MISSED,
    OPEN,
    /** the contract runs in the quarter, and everything it can bring was paid before */
    SETTLED
}
