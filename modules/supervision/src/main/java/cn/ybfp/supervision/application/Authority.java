package cn.ybfp.supervision.application;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;

/** Who may do what with the reports (鲁医保发〔2019〕69号 三（六）: the counties report, the province reviews). */
final class Authority {

    private Authority() {}

    /** The reports are the county's and the province's: a township reports through its county. */
    static void toReadReports(Caller caller) {
        if (caller.role() == Role.TOWNSHIP_STAFF) {
            throw new NotPermittedException("统计报表由县级医保部门报送、省级医保部门审核");
        }
    }

    static void toSubmit(Caller caller) {
        if (caller.role() != Role.COUNTY_STAFF) {
            throw new NotPermittedException("季度报表由县级医保部门报送");
        }
    }

    static void toReview(Caller caller) {
        if (caller.role() != Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("季度报表由省级医保部门审核");
        }
    }

    /** The province samples county decisions, records findings, closes ledger items. */
    static void toSupervise(Caller caller) {
        if (caller.role() != Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("抽查和问题销号由省级医保部门办理");
        }
    }

    /** The county answers its ledger items. */
    static void toRectify(Caller caller) {
        if (caller.role() != Role.COUNTY_STAFF) {
            throw new NotPermittedException("整改情况由县级医保部门反馈");
        }
    }
}
