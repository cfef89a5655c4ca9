package cn.ybfp.applications.api;

/** The largest scan a case takes: 5 MB (a page scanned at 300 dpi in colour is well under 1 MB). */
public final class AttachmentLimit {

    public static final int BYTES = 5 * 1024 * 1024;

    private AttachmentLimit() {}
}
