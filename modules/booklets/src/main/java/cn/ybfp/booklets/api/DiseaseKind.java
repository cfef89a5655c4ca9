package cn.ybfp.booklets.api;

/**
 * Whether a pooling region counts an outpatient disease as chronic or special (吉政办发〔2022〕16号 四（六）): the
 * region's decision, recorded in its disease catalogue.
 */
public enum DiseaseKind {
    /** 门诊慢性病: the outpatient chronic layer, no deductible, the class's outpatient assistance ratio. */
    CHRONIC,
    /** 门诊特殊疾病: a yearly deductible, assisted at the class's inpatient standard. */
    SPECIAL
}
