package cn.ybfp.booklets.application;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;

/**
 * Who may do what with outpatient chronic and special diseases: the province sets each pooling region's disease
 * catalogue (吉政办发〔2022〕16号 四（六）: the region's list and kinds, set at provincial level); a township clerk starts
 * a recognition for a patient of the township, a county clerk recognises it and manages the county's booklets
 * (吉医保发〔2019〕52号 一（二）); the monthly random audit is drawn and reviewed by the province, or by a county clerk for
 * the county's own draws (云医保〔2020〕128号 二（四）). Everyone reads what lies in their jurisdiction.
 */
final class Authority {

    private Authority() {}

    static void toSetCatalogues(Caller caller) {
        require(caller, Role.PROVINCE_SUPERVISOR, "门诊慢特病病种目录由省级医保部门制定");
    }

    static void toStartRecognitions(Caller caller) {
        require(caller, Role.TOWNSHIP_STAFF, "慢特病认定申请由乡镇经办人员受理");
    }

    static void toDecideRecognitions(Caller caller) {
        require(caller, Role.COUNTY_STAFF, "慢特病认定和手册管理由县级医保经办机构办理");
    }

    static void toDraw(Caller caller) {
        require(caller, Role.PROVINCE_SUPERVISOR, "随机抽审由省级医保部门发起");
    }

    static void toReview(Caller caller) {
        if (caller.role() == Role.TOWNSHIP_STAFF) {
            throw new NotPermittedException("抽审复核由县级或省级医保部门办理");
        }
    }

    private static void require(Caller caller, Role role, String why) {
        if (caller.role() != role) {
            throw new NotPermittedException(why);
        }
    }
}
