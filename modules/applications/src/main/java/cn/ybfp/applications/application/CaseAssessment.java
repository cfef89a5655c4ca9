package cn.ybfp.applications.application;

import cn.ybfp.claims.api.AssistanceAssessment;
import java.math.BigDecimal;
import java.util.List;

/**
 * What approval proposes: the engine's assessment of the claimed costs, less what the person's other applications of
 * the year were already granted, so that the same burden is never assisted twice. {@code problem} says why there is
 * no assessment (no scheme for the year, say); then nothing can be approved.
 */
public record CaseAssessment(
        AssistanceAssessment engine, BigDecimal otherApplications, BigDecimal due, String problem) {

    static CaseAssessment refused(String problem) {
        return new CaseAssessment(null, null, null, problem);
    }

    public String schemeName() {
        return engine.schemeName();
    }

    public Integer assistanceClass() {
        return engine.assistanceClass();
    }

    public List<AssistanceAssessment.Item> items() {
        return engine.items();
    }

    public BigDecimal assistance() {
        return engine.assistance();
    }

    public BigDecimal alreadyPaid() {
        return engine.alreadyPaid();
    }
}
