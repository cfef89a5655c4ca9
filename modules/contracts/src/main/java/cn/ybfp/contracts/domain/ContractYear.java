package cn.ybfp.contracts.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contract's year: from the day it is signed to the day before the same day a year later, or to the day it ended
 * early. Its four <em>contract quarters</em> count from the signing day (a contract signed on 15 February has its
 * first quarter from 15 February to 14 May), so that a year always has four, however it falls on the calendar.
 *
 * @param endedOn the last day of a contract that ended early; null while it runs its year
 */
public record ContractYear(LocalDate signedOn, LocalDate endedOn) {

    public static final int QUARTERS = 4;

    public ContractYear {
        if (endedOn != null && endedOn.isBefore(signedOn.minusDays(1))) {
            throw new IllegalArgumentException("a contract cannot end before it is signed");
        }
    }

    /** The last day of the full year. */
    public LocalDate validTo() {
        return signedOn.plusYears(1).minusDays(1);
    }

    /** The last day it runs: the end of its year, or the day it ended early. */
    public LocalDate lastDay() {
        return endedOn != null && endedOn.isBefore(validTo()) ? endedOn : validTo();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(signedOn) && !day.isAfter(lastDay());
    }

    /** Contract quarter {@code n} (1–4), cut at an early end; empty when the contract ended before it began. */
    public Optional<Period> quarter(int n) {
        if (n < 1 || n > QUARTERS) {
            throw new IllegalArgumentException("a contract year has quarters 1 to 4: " + n);
        }
        LocalDate from = signedOn.plusMonths(3L * (n - 1));
        LocalDate to = n == QUARTERS ? validTo() : signedOn.plusMonths(3L * n).minusDays(1);
        if (from.isAfter(lastDay())) {
            return Optional.empty();
        }
        return Optional.of(new Period(from, to.isAfter(lastDay()) ? lastDay() : to));
    }

    /** The contract quarters it runs, in order. */
    public List<Period> quarters() {
        List<Period> quarters = new ArrayList<>();
        for (int n = 1; n <= QUARTERS; n++) {
            quarter(n).ifPresent(quarters::add);
        }
        return quarters;
    }

    /** A span of days, both ends included. */
    public record Period(LocalDate from, LocalDate to) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }
}
