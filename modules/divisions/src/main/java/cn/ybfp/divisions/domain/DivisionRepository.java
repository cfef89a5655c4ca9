package cn.ybfp.divisions.domain;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.DivisionCode;
import java.util.List;
import java.util.Optional;

/** The stored divisions. */
public interface DivisionRepository {

    Optional<Division> find(DivisionCode code);

    java.util.Set<String> townshipCodes();

    /** Every division inside the jurisdiction, ordered by code. */
    List<Division> within(Jurisdiction jurisdiction);
}
