package cn.ybfp.claims.api;

/**
 * A confirmed claim was reversed (冲正): fired (CDI, synchronously) inside the reversing transaction. The claim stops
 * counting in the person's year from then on.
 */
public record ClaimReversed(long claimId, long personId, int year) {}
