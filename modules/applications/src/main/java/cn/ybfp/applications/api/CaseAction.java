package cn.ybfp.applications.api;

/** What a clerk (or the notice period's end) does to an application; each is one recorded transition. */
public enum CaseAction {
    SUBMIT("提出申请"),
    ACCEPT("受理"),
    ACCEPT_PENDING("受理（待补正）"),
    COMPLETE("补正完毕"),
    FORWARD("初审通过，报县级认定"),
    DETERMINE("身份认定"),
    APPROVE("审批通过"),
    REDUCE("核减后通过"),
    REJECT("不予救助"),
    RETURN("退回补正"),
    OBJECT("公示异议"),
    END_NOTICE("公示期满无异议"),
    PAY("拨付"),
    WITHDRAW("申请人撤回"),
    REOPEN("复核撤销原决定，重新办理");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
