package cn.ybfp.supervision.api;

import java.math.BigDecimal;

/**
 * A year's bounds on the schemes as the province enters them: last year's per-capita disposable income (yuan), and
 * shares and ratios as fractions (0.70 is 70 %).
 */
public record SchemeBoundValues(
        BigDecimal disposableIncome,
        BigDecimal class2DeductibleShare,
        BigDecimal class2Ratio,
        BigDecimal class3Ratio,
        BigDecimal class4Ratio,
        BigDecimal childBonus,
        BigDecimal ciDeductibleShare,
        BigDecimal ciRatio,
        BigDecimal ciTolerance,
        BigDecimal preferentialFactor,
        BigDecimal preferentialBonus) {}
