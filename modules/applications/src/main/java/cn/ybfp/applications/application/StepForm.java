package cn.ybfp.applications.application;

import java.util.List;

/**
 * One step's decision as the clerk entered it; only the fields of the chosen action are read.
 *
 * @param version the case's version the clerk saw: a step on a case someone else changed since is refused
 */
public record StepForm(
        String action,
        long version,
        List<String> missing,
        String comment,
        String survey,
        String category,
        String document,
        String validFrom,
        String validTo,
        String amount,
        String reason,
        String paidOn,
        String method,
        String reference) {}
