package cn.ybfp.booklets.api;

/** Where a recognition (慢特病认定) stands: waiting for the county, or decided one of three ways. */
public enum RecognitionStatus {
    PENDING,
    /** 认定: the patient meets the criteria and holds a booklet for the disease. */
    RECOGNISED,
    /** 用药保障标识 only: listed by the health department but not meeting the booklet's criteria. */
    DRUG_COVER,
    REFUSED
}
