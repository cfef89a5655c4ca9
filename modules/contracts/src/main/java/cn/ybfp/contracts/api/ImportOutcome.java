package cn.ybfp.contracts.api;

/** What the comparison found of a row of a service-record file. */
public enum ImportOutcome {
    ACCEPTED,
    REJECTED
}
