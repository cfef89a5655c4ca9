package cn.ybfp.booklets.application;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;

/**
 * Who may do what with outpatient chronic and special diseases: the province sets each pooling region's disease
 * catalogue (吉政办发〔2022〕16号 四（六）: the region's list and kinds, set at provincial level); everyone reads it.
 */
final class Authority {

    private Authority() {}

    static void toSetCatalogues(Caller caller) {
        if (caller.role() != Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("门诊慢特病病种目录由省级医保部门制定");
        }
    }
}
