package cn.ybfp.claims.domain;

import cn.ybfp.claims.domain.InvalidCaseException.Problem;
import cn.ybfp.kernel.AssistanceCategory;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

/**
 * The insured person as settlement sees them: the identity flags and the birth date (for the children's and the
 * PKU age limits). An empty set of categories is an ordinary insured person.
 */
public record Person(Set<AssistanceCategory> categories, LocalDate birthDate) {

    public Person {
        if (birthDate == null) {
            throw new InvalidCaseException(Problem.ofPerson(CaseField.BIRTH_DATE, "blank"));
        }
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }

    /** Whole years on the claim's date; a person born on 29 February turns a year older on 1 March. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public boolean holdsAny(Set<AssistanceCategory> wanted) {
        for (AssistanceCategory category : categories) {
            if (wanted.contains(category)) {
                return true;
            }
        }
        return false;
    }
}
