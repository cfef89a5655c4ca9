package cn.ybfp.claims.api;

import java.time.LocalDate;

/**
 * What a clerk filters the claim list by; every part is optional.
 *
 * @param text     a claim number (exact) or the start of a name
 * @param township a township code inside the caller's jurisdiction
 * @param reversed null for all, true for reversed claims only, false for standing ones only
 */
public record ClaimFilter(
        String text, LocalDate from, LocalDate to, ClaimKind kind, String township, Boolean reversed) {

    public static final ClaimFilter ALL = new ClaimFilter(null, null, null, null, null, null);
}
