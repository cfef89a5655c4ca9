package cn.ybfp.monitoring.application;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;

/**
 * Who may do what in monitoring (吉政办发〔2022〕16号 五（七）: 医保部门定期将…预警监测数据推送同级民政、乡村振兴部门):
 * the province sets the parameters; the county insurance office pushes its warnings, applies the departments'
 * feedback and reviews the screens' flags, as the province may too; a township reads its own people's warnings.
 */
final class Authority {

    private Authority() {}

    static void toSetRules(Caller caller) {
        if (caller.role() != Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("监测预警标准由省级医保部门制定");
        }
    }

    static void toRunLoop(Caller caller) {
        if (caller.role() != Role.COUNTY_STAFF) {
            throw new NotPermittedException("预警推送和反馈由县级医保经办机构办理");
        }
    }

    /** The screens and the out-of-catalogue share watch institutions: the county's and the province's business. */
    static void toWatchInstitutions(Caller caller) {
        if (caller.role() == Role.TOWNSHIP_STAFF) {
            throw new NotPermittedException("医疗机构监管由县级以上医保部门负责");
        }
    }
}
