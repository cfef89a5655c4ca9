package cn.ybfp.claims.domain;

import cn.ybfp.claims.domain.InvalidCaseException.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a hospital system or the policy simulator sends: one person, the claims to settle, and the scheme that pays.
 * The checks that need more than one claim (unique ids, dates after birth) live here, so that a case that exists
 * can be settled as a whole.
 *
 * @param schemeId may be null only until a caller supplies one (the simulator's {@code --scheme})
 */
public record SettlementCase(String schemeId, Person person, List<Claim> claims) {

    public SettlementCase {
        if (person == null) {
            throw new InvalidCaseException(Problem.ofCase(CaseField.PERSON, "blank"));
        }
        claims = List.copyOf(claims);
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Claim claim : claims) {
            if (!ids.add(claim.id())) {
                problems.add(Problem.ofClaim(claim.id(), CaseField.ID, "duplicate"));
            }
            if (claim.date().isBefore(person.birthDate())) {
                problems.add(Problem.ofClaim(claim.id(), CaseField.DATE, "date.beforeBirth"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(problems);
        }
    }

    /** The same case paid by another scheme: the simulator's "what would scheme X pay". */
    public SettlementCase withScheme(String otherSchemeId) {
        return new SettlementCase(otherSchemeId, person, claims);
    }
}
