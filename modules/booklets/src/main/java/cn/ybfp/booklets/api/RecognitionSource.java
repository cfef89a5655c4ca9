package cn.ybfp.booklets.api;

/** How a recognition started: a township clerk with the patient's diagnosis, or the health department's list. */
public enum RecognitionSource {
    TOWNSHIP,
    HEALTH_LIST
}
