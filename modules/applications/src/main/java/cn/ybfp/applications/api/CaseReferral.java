package cn.ybfp.applications.api;

import cn.ybfp.kernel.Caller;

/**
 * Opens an application-based assistance case for a person another module found in need (an early warning whose
 * person civil affairs recognised): the case starts as a township would enter it, with the person's standing claims
 * of the year that no other live case claims, and goes through the same workflow, so the three layers are applied
 * again under the person's new class.
 */
public interface CaseReferral {

    /**
     * @param reason what the case's first step says, e.g. "因病返贫预警 YJ000012 转办"
     * @return the case's id
     * @throws cn.ybfp.kernel.InvalidInputException naming the field when the case cannot be opened; nothing changes
     */
    long open(Caller caller, long personId, int year, String reason);
}
