package cn.ybfp.monitoring.api;

/** The screens of hospital behaviour (云医保〔2020〕128号 （六）: 分解住院、重复住院、住院期间门诊缴费; 吉医保发〔2019〕52号 三（一）: 高住院率): each flags for review, never penalises. */
public enum ScreenKind {
    /** Readmitted to the same institution within the window after a discharge (分解住院). */
    SPLIT_ADMISSION("疑似分解住院"),
    /** Readmitted to another institution within the window after a discharge (重复住院). */
    REPEAT_ADMISSION("疑似重复住院"),
    /** An outpatient claim of the same person dated inside an inpatient stay. */
    OUTPATIENT_DURING_STAY("住院期间门诊结算"),
    /** An institution whose target people are admitted far more often than the county average. */
    HIGH_ADMISSION_RATE("住院率偏高");

    private final String label;

    ScreenKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
