package cn.ybfp.supervision.api;

/**
 * The fixed form of the statistical reports, field by field (modules/supervision/README.md documents each): the key
 * a module counts under, the form's section and how the value reads. Rates are worked out from the counts by the
 * rules of {@code cn.ybfp.supervision.domain}, never counted.
 */
public enum ReportField {
    TARGETS("应参保对象（人）", "enrolment.targets", Section.ENROLMENT, Format.COUNT),
    ENROLLED("已参保（人）", "enrolment.enrolled", Section.ENROLMENT, Format.COUNT),
    JUSTIFIED("已说明未参保原因（人）", "enrolment.justified", Section.ENROLMENT, Format.COUNT),
    FULL_SUBSIDY("全额资助（人）", "enrolment.fullSubsidy", Section.ENROLMENT, Format.COUNT),
    FULL_SUBSIDY_AMOUNT("全额资助金额（元）", "enrolment.fullSubsidyAmount", Section.ENROLMENT, Format.YUAN),
    FIXED_SUBSIDY("定额资助（人）", "enrolment.fixedSubsidy", Section.ENROLMENT, Format.COUNT),
    FIXED_SUBSIDY_AMOUNT("定额资助金额（元）", "enrolment.fixedSubsidyAmount", Section.ENROLMENT, Format.YUAN),
    ZERO_CONTRIBUTION("个人零缴费（人）", "enrolment.zeroContribution", Section.ENROLMENT, Format.COUNT),
    OVER_SUBSIDISED("超标准资助标记（人）", "enrolment.overSubsidised", Section.ENROLMENT, Format.COUNT),
    BASIC_COVERAGE("基本医保覆盖率", "rate.basicCoverage", Section.ENROLMENT, Format.PERCENT),
    CRITICAL_ILLNESS_COVERAGE("大病保险覆盖率", "rate.criticalIllnessCoverage", Section.ENROLMENT, Format.PERCENT),
    ASSISTANCE_COVERAGE("医疗救助覆盖率（资助参保）", "rate.assistanceCoverage", Section.ENROLMENT, Format.PERCENT),
    CLAIMS("结算人次", "claims.count", Section.BENEFITS, Format.COUNT),
    INPATIENT("其中：住院", "claims.kind.INPATIENT", Section.BENEFITS, Format.COUNT),
    OUTPATIENT_CHRONIC("其中：门诊慢性病", "claims.kind.OUTPATIENT_CHRONIC", Section.BENEFITS, Format.COUNT),
    OUTPATIENT_SPECIAL("其中：门诊特殊疾病", "claims.kind.OUTPATIENT_SPECIAL", Section.BENEFITS, Format.COUNT),
    SPECIAL_FOOD_PKU("其中：苯丙酮尿症特殊食品", "claims.kind.SPECIAL_FOOD_PKU", Section.BENEFITS, Format.COUNT),
    TOTAL_COST("医疗总费用（元）", "claims.totalCost", Section.BENEFITS, Format.YUAN),
    IN_POLICY("政策范围内费用（元）", "claims.inPolicy", Section.BENEFITS, Format.YUAN),
    BASIC("基本医保支付（元）", "claims.basic", Section.BENEFITS, Format.YUAN),
    CRITICAL_ILLNESS("大病保险支付（元）", "claims.criticalIllness", Section.BENEFITS, Format.YUAN),
    ASSISTANCE("医疗救助支付（元）", "claims.assistance", Section.BENEFITS, Format.YUAN),
    TILTED("倾斜救助支付（元）", "claims.tilted", Section.BENEFITS, Format.YUAN),
    REASSISTANCE("再救助支付（元）", "claims.reassistance", Section.BENEFITS, Format.YUAN),
    PERSONAL("个人负担（元）", "claims.personal", Section.BENEFITS, Format.YUAN),
    CLASS1("一类人员结算人次", "claims.class1", Section.BENEFITS, Format.COUNT),
    CLASS1_ASSISTANCE("一类人员救助支付（元）", "claims.class1.assistance", Section.BENEFITS, Format.YUAN),
    CLASS2("二类人员结算人次", "claims.class2", Section.BENEFITS, Format.COUNT),
    CLASS2_ASSISTANCE("二类人员救助支付（元）", "claims.class2.assistance", Section.BENEFITS, Format.YUAN),
    CLASS3("三类人员结算人次", "claims.class3", Section.BENEFITS, Format.COUNT),
    CLASS3_ASSISTANCE("三类人员救助支付（元）", "claims.class3.assistance", Section.BENEFITS, Format.YUAN),
    CLASS4("四类人员结算人次", "claims.class4", Section.BENEFITS, Format.COUNT),
    CLASS4_ASSISTANCE("四类人员救助支付（元）", "claims.class4.assistance", Section.BENEFITS, Format.YUAN),
    SELF_PAY_SHARE("救助对象政策范围内个人自付比例", "rate.selfPayShare", Section.BENEFITS, Format.PERCENT),
    IN_COUNTY_RATIO("县域内政策范围内住院费用支付比例（目标约 70%）", "rate.inCountyRatio", Section.BENEFITS, Format.PERCENT),
    ONE_STOP_RATE("救助对象“一站式”直接结算率", "rate.oneStopRate", Section.BENEFITS, Format.PERCENT),
    RECEIVED("依申请救助：受理（件）", "applications.received", Section.WORK, Format.COUNT),
    DECIDED("依申请救助：审批办结（件）", "applications.decided", Section.WORK, Format.COUNT),
    PAID("依申请救助：拨付（件）", "applications.paid", Section.WORK, Format.COUNT),
    PAID_AMOUNT("依申请救助：拨付金额（元）", "applications.paidAmount", Section.WORK, Format.YUAN),
    APPEALS("复核申请（件）", "applications.appeals", Section.WORK, Format.COUNT),
    APPEALS_OPEN("其中：未办结（件）", "applications.appealsOpen", Section.WORK, Format.COUNT),
    OVERDUE("逾期未办（件）", "applications.overdue", Section.WORK, Format.COUNT),
    BOOKLETS_ISSUED("慢特病证发放（本）", "booklets.issued", Section.WORK, Format.COUNT),
    BOOKLETS_VALID("慢特病证有效（本）", "booklets.valid", Section.WORK, Format.COUNT),
    BOOKLETS_AUDITED("慢特病证抽查复核（本）", "booklets.audited", Section.WORK, Format.COUNT),
    BOOKLET_FINDINGS("其中：发现问题（本）", "booklets.findings", Section.WORK, Format.COUNT),
    CONTRACTS_SIGNED("家庭医生新签约（人）", "contracts.signed", Section.WORK, Format.COUNT),
    CONTRACTS_IN_FORCE("家庭医生签约在约（人）", "contracts.inForce", Section.WORK, Format.COUNT),
    CONTRACT_RUNS_PAID("签约服务费支付（批）", "contracts.paymentRuns", Section.WORK, Format.COUNT),
    CONTRACT_PAID("签约服务费支付金额（元）", "contracts.paid", Section.WORK, Format.YUAN),
    WARNINGS_RAISED("高额费用预警：新增（人）", "warnings.raised", Section.WORK, Format.COUNT),
    WARNINGS_CLOSED("高额费用预警：办结（人）", "warnings.closed", Section.WORK, Format.COUNT),
    WARNINGS_OPEN("高额费用预警：在办（人）", "warnings.open", Section.WORK, Format.COUNT);

    /** The form's three parts. */
    public enum Section {
        ENROLMENT,
        BENEFITS,
        WORK
    }

    /** A count of people or claims, an amount in yuan, or a percentage. */
    public enum Format {
        COUNT,
        YUAN,
        PERCENT
    }

    private final String label;
    private final String key;
    private final Section section;
    private final Format format;

    ReportField(String label, String key, Section section, Format format) {
        this.label = label;
        this.key = key;
        this.section = section;
        this.format = format;
    }

    /** The form's Chinese name of the field (the export's; the pages take theirs from the portal's messages). */
    public String label() {
        return label;
    }

    public String key() {
        return key;
    }

    public Section section() {
        return section;
    }

    public Format format() {
        return format;
    }

    /** A rate, worked out from the counts (the key starts with {@code rate.}). */
    public boolean derived() {
        return format == Format.PERCENT;
    }
}
