package cn.ybfp.applications.api;

/** How the assistance was paid (拨付方式). */
public enum PaymentMethod {
    BANK_TRANSFER("银行转账"),
    SOCIAL_SECURITY_CARD("社会保障卡"),
    HOSPITAL_OFFSET("直接抵扣医疗机构费用");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
