package cn.ybfp.contracts.api;

/** A service-record file: compared and waiting, applied (once), or discarded. */
public enum ImportStatus {
    COMPARED,
    APPLIED,
    DISCARDED
}
