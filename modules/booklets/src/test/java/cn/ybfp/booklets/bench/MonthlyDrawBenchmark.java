package cn.ybfp.booklets.bench;

import cn.ybfp.booklets.domain.MonthlyRandomAudit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The monthly draw (issue 15: "the monthly draw over 100,000 booklets issued in a month across the province"): the
 * draw of {@link MonthlyRandomAudit} over {@value #BOOKLETS} booklet numbers, in milliseconds per draw. The province's
 * booklets are drawn county by county; one county with all of them is the largest single draw. Not a test: run
 * {@link #main} (README, Benchmarks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonthlyDrawBenchmark {

    static final int BOOKLETS = 100_000;

    private List<String> numbers;
    private long seed;

    @Setup
    public void numbers() {
        numbers = IntStream.rangeClosed(1, BOOKLETS)
                .mapToObj(i -> "2201122026" + String.format("%06d", i))
                .toList();
    }

    @Benchmark
    public List<String> draw() {
        return MonthlyRandomAudit.draw(numbers, seed++);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(MonthlyDrawBenchmark.class.getName() + ".draw")
                        .forks(1)
                        .warmupIterations(3)
                        .warmupTime(TimeValue.seconds(2))
                        .measurementIterations(5)
                        .measurementTime(TimeValue.seconds(2))
                        .build())
                .run();
    }
}
