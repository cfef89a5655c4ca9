package cn.ybfp.applications.api;

/** The materials checklist of an application (申报材料清单). */
public enum Material {
    ID_DOCUMENT("身份证或户口簿"),
    APPLICATION_LETTER("医疗救助申请书（本人签字）"),
    INCOME_STATEMENT("家庭近12个月收入情况"),
    ASSET_DECLARATION("家庭财产申报及授权核查书"),
    DIAGNOSIS("诊断证明及病历"),
    RECEIPTS("医疗费用票据及明细"),
    BANK_ACCOUNT("银行账户信息");

    private final String label;

    Material(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
