package cn.ybfp.register.api;

/** 资助参保: the state pays all (全额), a fixed amount (定额), or nothing of the contribution. */
public enum SubsidyType {
    FULL,
    FIXED,
    NONE
}
