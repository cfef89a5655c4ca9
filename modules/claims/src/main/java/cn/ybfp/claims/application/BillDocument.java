package cn.ybfp.claims.application;

/** A claim's bill printed as an A4 PDF, ready to download. */
public record BillDocument(String claimNumber, byte[] pdf) {}
