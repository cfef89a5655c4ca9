package cn.ybfp.kernel;

import java.time.Instant;

/** Who made a recorded change, and when: what every module's history pages show of an Envers revision. */
public interface RevisionStamp {

    Instant at();

    String username();
}
