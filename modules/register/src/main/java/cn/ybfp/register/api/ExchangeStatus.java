package cn.ybfp.register.api;

/**
 * Where an uploaded list stands: being read, compared and waiting for a decision, being applied, applied, thrown
 * away, failed.
 */
public enum ExchangeStatus {
    READING,
    PREVIEWED,
    APPLYING,
    APPLIED,
    DISCARDED,
    FAILED
}
