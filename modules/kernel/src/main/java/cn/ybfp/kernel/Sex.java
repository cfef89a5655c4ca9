package cn.ybfp.kernel;

/** Sex as the resident identity number encodes it (17th digit: odd male, even female). */
public enum Sex {
    MALE,
    FEMALE
}
