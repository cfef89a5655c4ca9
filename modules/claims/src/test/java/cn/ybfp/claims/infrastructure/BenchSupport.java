package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.domain.SettlementCase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The package-private pieces that the benchmarks in {@code cn.ybfp.claims.bench} use: the module's one JSON
 * configuration and the case generator in memory. Test code only; not a test.
 */
public final class BenchSupport {

    public static final long DEFAULT_SEED = ClaimCaseGenerator.DEFAULT_SEED;

    private BenchSupport() {}

    /** {@link Json#MAPPER}: the settings the command line reads and writes with. */
    public static ObjectMapper mapper() {
        return Json.MAPPER;
    }

    /**
     * The generator's cases for the seed, holding exactly {@code claims} claims in all: the last case keeps only
     * the claims that fit. Deterministic.
     */
    public static List<SettlementCase> cases(int claims, long seed) {
        ClaimCaseGenerator generator = new ClaimCaseGenerator(seed);
        List<SettlementCase> cases = new ArrayList<>();
        int left = claims;
        while (left > 0) {
            SettlementCase next = generator.next();
            if (next.claims().size() > left) {
                next = new SettlementCase(
                        next.schemeId(), next.person(), next.claims().subList(0, left));
            }
            cases.add(next);
            left -= next.claims().size();
        }
        return cases;
    }
}
