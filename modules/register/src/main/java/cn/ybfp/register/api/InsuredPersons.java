package cn.ybfp.register.api;

import cn.ybfp.divisions.api.Jurisdiction;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The register as other modules read it: only people inside the given jurisdiction are found. */
public interface InsuredPersons {

    Optional<InsuredPerson> find(Jurisdiction jurisdiction, long personId, LocalDate asOf);

    Optional<InsuredPerson> findByIdNumber(Jurisdiction jurisdiction, String idNumber, LocalDate asOf);

    /**
     * The people of the jurisdiction with these ID numbers (as {@link cn.ybfp.kernel.ResidentId} writes them), keyed by
     * ID number: a few queries for a whole chunk of a list, where one lookup per row would take minutes for 200,000.
     */
    Map<String, InsuredPerson> findByIdNumbers(Jurisdiction jurisdiction, Collection<String> idNumbers, LocalDate asOf);

    /**
     * The target people (目标人群) of the jurisdiction on a day: those holding a category in force on it, with their
     * township (for coverages such as the family-doctor contracts').
     */
    Map<Long, String> targets(Jurisdiction jurisdiction, LocalDate asOf);

    /** The people of the jurisdiction with these ids, keyed by id (the same bulk reading as {@link #findByIdNumbers}). */
    Map<Long, InsuredPerson> findAll(Jurisdiction jurisdiction, Collection<Long> personIds, LocalDate asOf);
}
