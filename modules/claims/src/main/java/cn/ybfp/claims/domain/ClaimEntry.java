package cn.ybfp.claims.domain;

/**
 * A claim as a clerk or a hospital system enters it, before it is settled: the engine's claim (its id is the claim
 * number), the hospital's name, and the number of the reversed claim it corrects, if any.
 */
public record ClaimEntry(Claim claim, String hospital, String corrects) {}
