package cn.ybfp.supervision.domain;

import cn.ybfp.supervision.api.RectificationStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rectification ledger and its evidence, of the counties under a pattern. */
public interface Rectifications {

    RectificationItem add(RectificationItem item);

    Optional<RectificationItem> find(String likePattern, long id);

    Optional<RectificationItem> ofSampleItem(long sampleItemId);

    /** The items found from {@code from} to {@code to} (both counted), of a status (null: any), oldest deadline first. */
    List<RectificationItem> list(String likePattern, RectificationStatus status, LocalDate from, LocalDate to);

    RectificationEvidence addEvidence(RectificationEvidence evidence);

    List<RectificationEvidence> evidence(long itemId);

    Optional<RectificationEvidence> findEvidence(String likePattern, long id);
}
