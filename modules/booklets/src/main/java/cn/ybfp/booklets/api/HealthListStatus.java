package cn.ybfp.booklets.api;

/** A health department's list: compared and waiting for the county's decision, applied, or discarded. */
public enum HealthListStatus {
    COMPARED,
    APPLIED,
    DISCARDED
}
