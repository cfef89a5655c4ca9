package cn.ybfp.claims.application;

/**
 * A confirmed claim as its bill is shown: the claim, the township's name and the header, the county's healthcare
 * security bureau.
 */
public record BillView(ClaimDetail claim, String township, String bureau) {}
