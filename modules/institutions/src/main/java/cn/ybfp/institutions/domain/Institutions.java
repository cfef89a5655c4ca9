package cn.ybfp.institutions.domain;

import java.util.List;
import java.util.Optional;

/** The registry (a port). */
public interface Institutions {

    void add(DesignatedInstitution institution);

    /** Writes now, so that a code, name or client already used is refused here. */
    void flush();

    Optional<DesignatedInstitution> find(String code);

    Optional<DesignatedInstitution> byApiClient(String clientId);

    Optional<DesignatedInstitution> byName(String name);

    /** The institutions whose county code matches the LIKE pattern, by county and code. */
    List<DesignatedInstitution> list(String countyPattern);
}
