package cn.ybfp.institutions.api;

import cn.ybfp.kernel.DivisionCode;
import java.time.LocalDate;

/**
 * A designated medical institution (定点医疗机构) as other modules see it.
 *
 * @param code the national institution code (医保定点机构编码): H, the county's six digits, a five-digit serial
 * @param level 1, 2 or 3 (一级、二级、三级)
 * @param assistanceDesignated designated for medical assistance (医疗救助定点, 吉政办发〔2022〕16号 七（十二）)
 * @param agreementTo the agreement's last day, or null while it runs without an end
 * @param apiClient the hospital system bound to it (the Keycloak client of the settlement API), or null
 */
public record Institution(
        String code,
        String name,
        int level,
        DivisionCode county,
        boolean assistanceDesignated,
        LocalDate agreementFrom,
        LocalDate agreementTo,
        String apiClient) {

    /** Under agreement on that day, its first and last day included. */
    public boolean inAgreementOn(LocalDate day) {
        return !day.isBefore(agreementFrom) && (agreementTo == null || !day.isAfter(agreementTo));
    }

    /** Medical assistance is paid for a claim of that day only at an institution designated for it then. */
    public boolean designatedForAssistanceOn(LocalDate day) {
        return assistanceDesignated && inAgreementOn(day);
    }
}
