package cn.ybfp.institutions.api;

import java.util.List;
import java.util.Optional;

/** The registry of designated institutions as other modules read it (reference data, not scoped by caller). */
public interface DesignatedInstitutions {

    Optional<Institution> find(String code);

    /** The institution a hospital system's API client is bound to. */
    Optional<Institution> byApiClient(String clientId);

    /** The institution of exactly that name (names are unique in the registry). */
    Optional<Institution> byName(String name);

    /** Every institution, by county and code: the choices of a claim form. */
    List<Institution> all();
}
