package cn.ybfp.claims.application;

/** A bill printed as an A4 PDF, ready to download. */
public record BillDocument(String fileName, byte[] pdf) {}
