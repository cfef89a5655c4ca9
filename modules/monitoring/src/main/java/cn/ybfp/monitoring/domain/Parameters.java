package cn.ybfp.monitoring.domain;

import java.math.BigDecimal;

/**
 * A region's monitoring parameters of a year.
 *
 * @param disposableIncome last year's per-capita disposable income of residents (上年居民人均可支配收入), yuan
 * @param relapsePercent the 返贫 warning's threshold, per cent of that income (demo: 25)
 * @param impoverishmentPercent the 致贫 warning's threshold, per cent of that income (demo: 50)
 * @param feedbackDays days the departments have to answer a pushed warning before it is overdue (demo: 30)
 * @param readmissionDays a readmission this many days after a discharge or sooner is screened (demo: 15)
 * @param highRatePercent an institution's admission rate above this per cent of its county's average is screened
 *     (demo: 150)
 */
public record Parameters(
        BigDecimal disposableIncome,
        int relapsePercent,
        int impoverishmentPercent,
        int feedbackDays,
        int readmissionDays,
        int highRatePercent) {}
