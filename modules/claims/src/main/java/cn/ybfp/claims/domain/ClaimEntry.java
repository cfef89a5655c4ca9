package cn.ybfp.claims.domain;

/**
 * A claim as a clerk or a hospital system enters it, before it is settled: the engine's claim (its id is the claim
 * number), the hospital's name, the number of the reversed claim it corrects, if any, and the number of the booklet
 * (门诊慢特病手册) that covers an outpatient chronic or special-disease claim with the disease's name in the region's
 * catalogue, both null for other claims.
 */
public record ClaimEntry(
        Claim claim, String hospital, String institutionCode, String corrects, String booklet, String diseaseName) {}
