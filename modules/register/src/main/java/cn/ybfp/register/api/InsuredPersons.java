package cn.ybfp.register.api;

import cn.ybfp.divisions.api.Jurisdiction;
import java.time.LocalDate;
import java.util.Optional;

/** The register as other modules read it: only people inside the given jurisdiction are found. */
public interface InsuredPersons {

    Optional<InsuredPerson> find(Jurisdiction jurisdiction, long personId, LocalDate asOf);

    Optional<InsuredPerson> findByIdNumber(Jurisdiction jurisdiction, String idNumber, LocalDate asOf);
}
