package cn.ybfp.monitoring.api;

/** The two early warnings (因病致贫和因病返贫双预警机制, 吉政办发〔2022〕16号 五（七）; 医保发〔2021〕10号 （八）). */
public enum WarningKind {
    /** People holding 稳定脱贫、易返贫致贫 or 低保边缘 whose yearly personal payment reaches the threshold. */
    RELAPSE("因病返贫预警"),
    /** Insured people of no category whose yearly personal payment reaches the threshold. */
    IMPOVERISHMENT("因病致贫预警");

    private final String label;

    WarningKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
