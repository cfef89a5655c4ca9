package cn.ybfp.applications.domain;

/**
 * Four eyes (两人分办): the category is determined by the county's civil-affairs side and the assistance approved by
 * its healthcare-security side, 吉政办发〔2022〕16号 五（八） "县级民政部门……认定身份类别、县级医保部门按规定审批", so in the
 * portal the clerk who recorded the determination may not approve the same case; the clerk who approved it may not
 * also record its payment (审批与拨付分离, so that no one clerk both grants and pays out money); and an appeal is
 * reviewed by someone other than the one who made the contested decision (GLOSSARY: "decided by another reviewer")
 * and other than the one who filed it.
 */
public final class FourEyesRule {

    private FourEyesRule() {}

    /** @return the refusal, or null when {@code actor} may decide */
    public static CaseRefusedException refusal(String actor, String earlierDecider, String step) {
        return actor.equals(earlierDecider) ? CaseRefusedException.of(null, "fourEyes." + step, earlierDecider) : null;
    }
}
