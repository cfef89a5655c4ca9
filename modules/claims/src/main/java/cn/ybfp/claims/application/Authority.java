package cn.ybfp.claims.application;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;

/**
 * Who may do what with settlement: county offices settle and reverse claims of their county (吉政办发〔2022〕16号
 * 七（十一）: the county's healthcare security office runs the one-stop window); the province sets the schemes;
 * everyone reads within their jurisdiction.
 */
final class Authority {

    private Authority() {}

    static Jurisdiction toSettle(Caller caller) {
        if (caller.role() != Role.COUNTY_STAFF) {
            throw new NotPermittedException("只有县级医保经办人员可以结算或冲正");
        }
        return Jurisdiction.of(caller);
    }

    static void toSetSchemes(Caller caller) {
        if (caller.role() != Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("待遇政策方案由省级医保部门制定");
        }
    }
}
