package cn.ybfp.claims.domain;

import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.register.api.HistoryEntry;
import java.util.List;
import java.util.Optional;

/** The stored schemes. Schemes are public policy: every role may read them; only the province adds one. */
public interface SchemeRecords {

    List<SchemeRecord> all();

    Optional<SchemeRecord> find(String id);

    /** The scheme paying claims of {@code year} in a city: the city's own, else its province's. */
    Optional<SchemeRecord> forCity(DivisionCode city, int year);

    boolean exists(String region, int year);

    void add(SchemeRecord scheme);

    /** Every recorded change of the scheme, newest first (Envers). */
    List<HistoryEntry> history(String id);
}
