package cn.ybfp.contracts.application;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;

/**
 * Who may do what with family-doctor contracts (吉医保发〔2019〕52号 三（二）): the province sets the contract-fee
 * policy; township and county clerks keep the teams, sign contracts and record services of their area; a county
 * clerk computes, approves (another one) and pays the quarterly run. Everyone reads what lies in their jurisdiction.
 */
final class Authority {

    private Authority() {}

    static void toSetPolicy(Caller caller) {
        if (caller.role() != Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("签约服务费政策由省级医保部门制定");
        }
    }

    static void toKeepContracts(Caller caller) {
        if (caller.role() == Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("签约和履约记录由乡镇或县级经办人员办理");
        }
    }

    static void toRunPayments(Caller caller) {
        if (caller.role() != Role.COUNTY_STAFF) {
            throw new NotPermittedException("签约服务费拨付由县级医保经办机构办理");
        }
    }
}
