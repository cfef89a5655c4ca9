package cn.ybfp.booklets.domain;

import cn.ybfp.booklets.api.RecognitionStatus;
import java.util.List;
import java.util.Optional;

/** Where recognitions and their evidence are kept (a port; the infrastructure implements it). */
public interface Recognitions {

    void add(Recognition recognition);

    void add(Evidence evidence);

    Optional<Recognition> find(long id);

    /** The recognitions of townships matching {@code townshipPattern} (SQL LIKE), any status when null, newest first. */
    List<Recognition> list(String townshipPattern, RecognitionStatus status, int limit);

    List<Recognition> ofPerson(long personId);

    /** A recognition still waiting for the county for the person and disease, if any. */
    Optional<Recognition> pending(long personId, String disease);

    /**
     * The recognitions still waiting for the county for people of the health list's eligible rows: read once, before
     * the list's apply starts any (a query per chunk would meet the thousands it has just started).
     */
    List<Recognition> pendingForList(long listId);

    List<Evidence> evidenceOf(long recognitionId);

    Optional<Evidence> evidence(long id);

    void flush();
}
