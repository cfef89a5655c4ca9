package cn.ybfp.claims.bench;

import cn.ybfp.claims.domain.SettlementCase;
import cn.ybfp.claims.domain.SettlementEngine;
import cn.ybfp.claims.infrastructure.BenchSupport;
import cn.ybfp.claims.infrastructure.JsonSchemes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Claims settled per second by {@link SettlementEngine} on one thread: a fixed set of generated cases (default
 * seed, {@value #CLAIMS} claims, both demo schemes) settled from the domain objects, scheme look-up included;
 * no JSON. The score is per claim ({@link OperationsPerInvocation}). Not a test: run {@link #main} (README,
 * "Benchmarks").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineThroughputBenchmark {

    static final int CLAIMS = 10_000;

    private final SettlementEngine engine = new SettlementEngine(new JsonSchemes());
    private List<SettlementCase> cases;

    @Setup
    public void generate() {
        cases = BenchSupport.cases(CLAIMS, BenchSupport.DEFAULT_SEED);
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public void settle(Blackhole bills) {
        for (SettlementCase settlementCase : cases) {
            bills.consume(engine.settle(settlementCase));
        }
    }

    /** One fork, one thread, 3 × 3 s warm-up and 5 × 3 s measurement: about 30 s. */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(EngineThroughputBenchmark.class.getName() + ".settle")
                        .forks(1)
                        .threads(1)
                        .warmupIterations(3)
                        .warmupTime(TimeValue.seconds(3))
                        .measurementIterations(5)
                        .measurementTime(TimeValue.seconds(3))
                        .build())
                .run();
    }
}
