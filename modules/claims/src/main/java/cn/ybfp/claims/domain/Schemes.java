package cn.ybfp.claims.domain;

import cn.ybfp.claims.domain.InvalidCaseException.Problem;
import java.util.Optional;

/** Where the schemes come from: the JSON files for the command line, the database later. */
public interface Schemes {

    Optional<Scheme> find(String id);

    /** The scheme a case names; a missing or unknown one makes the case invalid. */
    default Scheme require(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidCaseException(Problem.ofCase(CaseField.SCHEME, "blank"));
        }
        return find(id).orElseThrow(() -> new InvalidCaseException(Problem.ofCase(CaseField.SCHEME, "notFound", id)));
    }
}
