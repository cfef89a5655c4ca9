package cn.ybfp.kernel.sampling;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One decision a county made, as a sample shows it: its kind ({@code CASE}, {@code BILL}, {@code BOOKLET}), its id
 * and number, who it was about (the ID number masked), the amount it decided (zero where none), the day and the
 * deciding user, and the portal page that shows it.
 */
public record Decision(
        String kind,
        long id,
        String reference,
        String summary,
        BigDecimal amount,
        LocalDate decidedOn,
        String decidedBy,
        String path) {}
