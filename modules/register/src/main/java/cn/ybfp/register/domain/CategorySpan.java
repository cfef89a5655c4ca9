package cn.ybfp.register.domain;

import cn.ybfp.kernel.AssistanceCategory;
import java.time.LocalDate;

/** One category held over a period; {@code validTo} is inclusive and null while it is open-ended. */
public record CategorySpan(AssistanceCategory category, LocalDate validFrom, LocalDate validTo, String documentNumber) {

    public boolean heldOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
