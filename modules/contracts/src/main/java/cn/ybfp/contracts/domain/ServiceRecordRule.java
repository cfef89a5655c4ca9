package cn.ybfp.contracts.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which service records (履约记录) count: only what the contract's own team did within the contract's days, once per
 * type, person and day (吉医保发〔2019〕52号 三（二）: the fee is paid by recorded volume and frequency, so a record that
 * could not have happened, or the same one twice, must not pay). Returns the key of the refusal, if any
 * ({@code record.*} of the module's texts).
 */
public final class ServiceRecordRule {

    private ServiceRecordRule() {}

    /**
     * @param memberOnDay    whether the member who did it belonged to the contract's team on that day, and the team
     *                       served on it
     * @param sameTypeAndDay whether the person already has a record of that type for that day
     */
    public static Optional<String> refusal(
            ContractYear year, LocalDate day, LocalDate today, boolean memberOnDay, boolean sameTypeAndDay) {
        if (day.isAfter(today)) {
            return Optional.of("record.future");
        }
        if (!year.contains(day)) {
            return Optional.of("record.outsideContract");
        }
        if (!memberOnDay) {
            return Optional.of("record.notMember");
        }
        return sameTypeAndDay ? Optional.of("record.repeated") : Optional.empty();
    }
}
