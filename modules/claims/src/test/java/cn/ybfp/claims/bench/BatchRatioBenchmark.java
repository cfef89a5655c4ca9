package cn.ybfp.claims.bench;

import cn.ybfp.claims.infrastructure.BenchSupport;
import cn.ybfp.claims.infrastructure.ClaimCaseGenerator;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code settle --batch} on about a million claims against parsing the same file only ({@link ParseOnly}), each in
 * a fresh JVM, answers to /dev/null, best of {@value #RUNS} runs, then the ratios. The batch runs as
 * {@code ./portal settle} runs it, with the JVM options of {@value #JVM_OPTIONS}; parse only runs twice per round,
 * with the JVM's default options and with those same options (they speed up parsing too), so both ratios are
 * printed. Generates the file first if it is missing ({@value #CASES} cases, default seed: 1,000,471 claims).
 * <p>
 * {@code BatchRatioBenchmark [FILE.jsonl [JAR]]}, from the repository root; defaults
 * {@code modules/claims/target/bench/cases-1m.jsonl} and {@code modules/claims/target/claims.jar}.
 */
public final class BatchRatioBenchmark {

    static final int CASES = 285_714;
    static final int RUNS = 3;
    static final String JVM_OPTIONS = "modules/claims/settle.jvm";

    private BatchRatioBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path file = Path.of(args.length > 0 ? args[0] : "modules/claims/target/bench/cases-1m.jsonl");
        Path jar = Path.of(args.length > 1 ? args[1] : "modules/claims/target/claims.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no jar " + jar + ": build the module first");
        }
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            System.out.println("generating " + file + " (" + CASES + " cases, seed " + BenchSupport.DEFAULT_SEED + ")");
            ClaimCaseGenerator.main(new String[] {String.valueOf(CASES), file.toString()});
        }
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(
                "processors: %d, load average before: %.2f (other work on the machine skews the times)%n",
                os.getAvailableProcessors(), os.getSystemLoadAverage());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String options = "@" + JVM_OPTIONS;
        List<String> batch = List.of(java, options, "-jar", jar.toString(), "--batch", file.toString());
        List<String> parse =
                List.of(java, "-cp", System.getProperty("java.class.path"), ParseOnly.class.getName(), file.toString());
        List<String> parseWithOptions = new ArrayList<>(parse);
        parseWithOptions.add(1, options);

        long bestBatch = Long.MAX_VALUE;
        long bestParse = Long.MAX_VALUE;
        long bestParseWithOptions = Long.MAX_VALUE;
        String counted = null;
        for (int run = 1; run <= RUNS; run++) {
            Timed b = time(batch, false);
            Timed p = time(parse, true);
            Timed o = time(parseWithOptions, false);
            counted = p.output().trim();
            System.out.printf(
                    "run %d: batch %.2f s, parse-only %.2f s, parse-only with the batch's options %.2f s%n",
                    run, b.nanos() / 1e9, p.nanos() / 1e9, o.nanos() / 1e9);
            bestBatch = Math.min(bestBatch, b.nanos());
            bestParse = Math.min(bestParse, p.nanos());
            bestParseWithOptions = Math.min(bestParseWithOptions, o.nanos());
        }
        String[] counts = counted.split(" ");
        System.out.printf("file: %s (%,d bytes)%n", file, Files.size(file));
        System.out.printf("cases: %,d%n", Long.parseLong(counts[0]));
        System.out.printf("claims: %,d%n", Long.parseLong(counts[1]));
        System.out.printf("batch wall time (best of %d): %.2f s%n", RUNS, bestBatch / 1e9);
        System.out.printf(
                "parse-only wall time (best of %d): %.2f s, with the batch's options %.2f s%n",
                RUNS, bestParse / 1e9, bestParseWithOptions / 1e9);
        System.out.printf(
                "ratio batch / parse-only: %.2f (with the batch's options on both: %.2f)%n",
                (double) bestBatch / bestParse, (double) bestBatch / bestParseWithOptions);
    }

    private record Timed(long nanos, String output) {}

    /** Wall time of a fresh JVM, start to exit; its standard output is discarded unless {@code keep}. */
    private static Timed time(List<String> command, boolean keep) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectError(Redirect.INHERIT);
        Path out = null;
        if (keep) {
            out = Files.createTempFile("parse-only", ".txt");
            builder.redirectOutput(out.toFile());
        } else {
            builder.redirectOutput(Redirect.DISCARD);
        }
        long start = System.nanoTime();
        int status = builder.start().waitFor();
        long nanos = System.nanoTime() - start;
        if (status != 0) {
            throw new IllegalStateException(command + " exited with " + status);
        }
        String output = keep ? Files.readString(out) : "";
        if (out != null) {
            Files.delete(out);
        }
        return new Timed(nanos, output);
    }
}
