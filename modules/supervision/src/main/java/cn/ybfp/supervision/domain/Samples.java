package cn.ybfp.supervision.domain;

import java.util.List;
import java.util.Optional;

/** The samples and their drawn decisions, of the counties under a pattern. */
public interface Samples {

    DecisionSample add(DecisionSample sample);

    SampleItem addItem(SampleItem item);

    List<DecisionSample> list(String likePattern);

    Optional<DecisionSample> find(String likePattern, long id);

    List<SampleItem> items(long sampleId);

    Optional<SampleItem> findItem(String likePattern, long id);
}
