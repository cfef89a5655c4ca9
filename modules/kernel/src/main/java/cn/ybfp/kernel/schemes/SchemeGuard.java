package cn.ybfp.kernel.schemes;

import java.util.List;
import java.util.Map;

/** Checks a scheme's parameters (path → value, as the scheme form writes them) against the province's bounds. */
public interface SchemeGuard {

    /**
     * @param previous the same region's schemes of earlier years, year → parameters (for "no sudden or repeated
     *                 drops"); empty when there are none
     */
    List<SchemeBreach> check(
            String region, int year, Map<String, String> values, Map<Integer, Map<String, String>> previous);
}
