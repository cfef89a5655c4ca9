package cn.ybfp.register.domain;

import cn.ybfp.divisions.api.Jurisdiction;
import java.util.List;
import java.util.Optional;

/** The uploaded lists. */
public interface ExchangeBatches {

    ExchangeBatch add(ExchangeBatch batch);

    /** The batch, when the jurisdiction covers the scope it was uploaded for. */
    Optional<ExchangeBatch> find(Jurisdiction jurisdiction, long id);

    /** The batch, read afresh and locked until the transaction ends: of two decisions at once, the second waits. */
    Optional<ExchangeBatch> lock(Jurisdiction jurisdiction, long id);

    List<ExchangeBatch> recent(Jurisdiction jurisdiction, int limit);

    /** Progress of the reading, without touching the version (the comparison's own transaction updates it later). */
    void progress(long id, long rows);

    /** Batches whose background job has not finished (being compared or applied), but for applies still running. */
    List<ExchangeBatch> interrupted();

    /** The batch as its background job sees it: no user, no jurisdiction. */
    ExchangeBatch get(long id);
}
