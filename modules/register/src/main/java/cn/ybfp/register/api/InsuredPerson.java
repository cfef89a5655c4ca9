package cn.ybfp.register.api;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.ResidentId;
import java.time.LocalDate;
import java.util.Set;

/**
 * A registered person as other modules see them on one date: who, where, and the categories held that day (from
 * which settlement derives the assistance class).
 *
 * @param poolingRegion the city whose scheme pays (统筹区)
 * @param statusSince   the day a status other than normal began (the day of death, say); null when normal
 */
public record InsuredPerson(
        long id,
        ResidentId residentId,
        String name,
        DivisionCode township,
        DivisionCode poolingRegion,
        PersonStatus status,
        LocalDate statusSince,
        LocalDate asOf,
        Set<AssistanceCategory> categories) {

    public InsuredPerson {
        categories = Set.copyOf(categories);
    }

    public LocalDate birthDate() {
        return residentId.birthDate();
    }

    /** True when the register records the person's death before {@code day}: nothing can be treated after it. */
    public boolean diedBefore(LocalDate day) {
        return status == PersonStatus.DECEASED && statusSince != null && statusSince.isBefore(day);
    }
}
