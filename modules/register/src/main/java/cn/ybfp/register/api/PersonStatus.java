package cn.ybfp.register.api;

/** A person's standing in the register: normal, deceased (死亡) or moved out (迁出), the latter two with a date. */
public enum PersonStatus {
    NORMAL, DECEASED, MOVED_OUT
}
