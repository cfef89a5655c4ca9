package cn.ybfp.contracts.api;

/** A family-doctor team member's role. */
public enum MemberRole {
    DOCTOR,
    NURSE,
    PUBLIC_HEALTH
}
