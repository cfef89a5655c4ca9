package cn.ybfp.supervision.domain;

import java.util.List;
import java.util.Optional;

/** The bounds per year and the sign-offs. */
public interface SchemeBoundsStore {

    Optional<SchemeBounds> of(int year);

    List<SchemeSignoff> signoffs(String schemeId);

    SchemeSignoff add(SchemeSignoff signoff);

    SchemeBounds add(SchemeBounds bounds);
}
