package cn.ybfp.register.application;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.Role;

/**
 * Who may change the register: township staff in their township, county staff in their county. Province supervisors
 * read everything and change nothing.
 */
final class Authority {

    private Authority() {}

    static Jurisdiction toChange(Caller caller) {
        if (caller.role() == Role.PROVINCE_SUPERVISOR) {
            throw new NotPermittedException("省级监管人员只能查看，不能修改参保台账");
        }
        return Jurisdiction.of(caller);
    }

    static DivisionCode poolingRegionOf(DivisionCode township) {
        return township.parent().flatMap(DivisionCode::parent).orElseThrow();
    }
}
