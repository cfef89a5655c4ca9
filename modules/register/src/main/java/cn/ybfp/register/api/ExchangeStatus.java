package cn.ybfp.register.api;

/** Where an uploaded list stands: being read, compared and waiting for a decision, applied, thrown away, failed. */
public enum ExchangeStatus {
    READING, PREVIEWED, APPLIED, DISCARDED, FAILED
}
