package cn.ybfp.booklets.api;

public enum BookletStatus {
    VALID,
    WITHDRAWN
}
