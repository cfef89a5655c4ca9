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
 */
public record InsuredPerson(
        long id,
        ResidentId residentId,
        String name,
        DivisionCode township,
        DivisionCode poolingRegion,
        PersonStatus status,
        LocalDate asOf,
        Set<AssistanceCategory> categories) {

    public InsuredPerson {
        categories = Set.copyOf(categories);
    }

    public LocalDate birthDate() {
        return residentId.birthDate();
    }
}
