package cn.ybfp.kernel.demo;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.Role;

/** The demo logins of {@code realm-config/ybfp-users-0.json}, as callers: who does the demo's work. */
public enum DemoUser {
    XZ_YUNSHAN("xz-yunshan", "云山街道经办员", Role.TOWNSHIP_STAFF, "220112001"),
    XZ_PINGHU("xz-pinghu", "平湖街道经办员", Role.TOWNSHIP_STAFF, "220112002"),
    XZ_CHALUHE("xz-chaluhe", "岔路河镇经办员", Role.TOWNSHIP_STAFF, "220221100"),
    XQ_SHUANGYANG("xq-shuangyang", "双阳区医保局经办员", Role.COUNTY_STAFF, "220112"),
    XQ_SHUANGYANG_MZ("xq-shuangyang-mz", "双阳区民政局经办员", Role.COUNTY_STAFF, "220112"),
    XQ_SHUANGYANG_CW("xq-shuangyang-cw", "双阳区医保局财务", Role.COUNTY_STAFF, "220112"),
    XQ_NONGAN("xq-nongan", "农安县医保局经办员", Role.COUNTY_STAFF, "220122"),
    XQ_YONGJI("xq-yongji", "永吉县医保局经办员", Role.COUNTY_STAFF, "220221"),
    XQ_JIAOHE("xq-jiaohe", "蛟河市医保局经办员", Role.COUNTY_STAFF, "220281"),
    SHENG_JIANGUAN("sheng-jianguan", "省医保局监管员", Role.PROVINCE_SUPERVISOR, "220000");

    private final Caller caller;

    DemoUser(String username, String displayName, Role role, String division) {
        this.caller = new Caller(username, displayName, role, DivisionCode.of(division));
    }

    public Caller caller() {
        return caller;
    }

    public String username() {
        return caller.username();
    }
}
