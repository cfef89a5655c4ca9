package cn.ybfp.claims.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.domain.AssistanceClassResolution;
import cn.ybfp.claims.domain.InvalidCaseException;
import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.domain.SettlementCase;
import cn.ybfp.claims.domain.SettlementEngine;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The policy simulator on the command line: settles cases in the JSON shape of SETTLEMENT.md and prints the
 * answers. Usage in {@link #USAGE}; the exit codes are {@link #OK}, {@link #INVALID} and {@link #USAGE_ERROR}.
 * A batch is streamed in chunks of lines, settled on every processor and written in input order, so memory stays
 * constant however long the file is.
 */
public final class SettleCommand {

    static final int OK = 0;
    /** A case (or a batch line) is invalid: the problems are on standard error, nothing is printed for that case. */
    static final int INVALID = 1;
    /** Wrong arguments, an unknown {@code --scheme}, or an input file that cannot be read. */
    static final int USAGE_ERROR = 2;

    static final String USAGE = """
            用法 usage:
              settle [--scheme ID] [--summary] [FILE | -]     一个结算案例（JSON）；无 FILE 或 - 时读标准输入
              settle --batch FILE.jsonl [--scheme ID] [--summary]
                                                            每行一个案例，按行输出答复（JSONL）；FILE 可为 -
              --scheme ID   以该方案（如 jl-2022、sd-2019）结算所有案例，覆盖案例中的 scheme
              --summary     只输出汇总：各层支付合计及按救助类别的合计
            退出码：0 成功；1 案例无效（标准错误输出指明行、费用明细与字段）；2 参数或文件错误""";

    /** Batch lines per task: handing over a task costs little next to settling this many cases. */
    static final int CHUNK_LINES = 256;

    private final Options options;
    private final JsonSchemes schemes = new JsonSchemes();
    private final SettlementSummary summary = new SettlementSummary();
    /**
     * Answer buffers already written out, for the next chunks: a chunk's answers take most of a megabyte (for G1 a
     * humongous object), so the few buffers in flight are reused instead of allocating and zeroing one per chunk.
     */
    private final Queue<JsonBytes> writtenBuffers = new ConcurrentLinkedQueue<>();

    private SettleCommand(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, UTF_8), true);
        OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
        try {
            Options options = Options.parse(args);
            if (options.help()) {
                out.write((USAGE + System.lineSeparator()).getBytes(UTF_8));
                out.flush();
                return OK;
            }
            SettleCommand command = new SettleCommand(options);
            if (options.scheme() != null
                    && command.schemes.find(options.scheme()).isEmpty()) {
                throw new IllegalArgumentException("未知的待遇政策方案：" + options.scheme());
            }
            try (BufferedReader in = open(options.input(), stdin)) {
                return command.run(in, out, err);
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return USAGE_ERROR;
        } catch (IOException e) {
            err.println("无法读取或写出：" + e.getMessage());
            return USAGE_ERROR;
        }
    }

    private static BufferedReader open(String input, InputStream stdin) throws IOException {
        if (input == null || input.equals("-")) {
            return new BufferedReader(new InputStreamReader(stdin, UTF_8), 1 << 16);
        }
        Path path = Path.of(input);
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException("无法读取文件：" + input);
        }
        return Files.newBufferedReader(path, UTF_8);
    }

    private int run(BufferedReader in, OutputStream out, PrintWriter err) throws IOException {
        int status = options.batch() ? batch(in, out, err) : single(in, out, err);
        if (status == OK && options.summary()) {
            JsonGenerator json = options.batch() ? generator(out) : indented(generator(out));
            summary.write(json);
            json.writeRaw('\n');
            json.flush();
        }
        out.flush();
        return status;
    }

    /**
     * Answers are written as characters and encoded by an {@link OutputStreamWriter}, as they always were: the
     * encoder's treatment of unpaired surrogates ('?') is part of the answer's bytes ({@link JsonBytes} does the
     * same for the batch).
     */
    private static JsonGenerator generator(OutputStream out) throws IOException {
        return Json.MAPPER.createGenerator(new OutputStreamWriter(out, UTF_8));
    }

    /** A single case's answer (or summary): one value per line, arrays too, so the rule lines read top to bottom. */
    private static JsonGenerator indented(JsonGenerator json) {
        return json.setPrettyPrinter(
                new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));
    }

    private int single(BufferedReader in, OutputStream out, PrintWriter err) throws IOException {
        JsonGenerator json = indented(generator(out));
        try {
            Settled settled = settle(Json.MAPPER.readTree(in));
            if (options.summary()) {
                summary.add(settled.assistanceClass(), settled.bills());
            } else {
                AnswerJson.write(settled.bills(), json);
                json.writeRaw('\n');
            }
            return OK;
        } catch (JsonProcessingException e) {
            err.println("结算案例不是有效的 JSON：" + e.getOriginalMessage());
        } catch (InvalidCaseException e) {
            e.messages().forEach(err::println);
        } finally {
            json.flush();
        }
        return INVALID;
    }

    /**
     * Stops at the first invalid line: the answers before it are written, nothing for it or after it. The lines are
     * read in chunks of {@value #CHUNK_LINES}; each chunk is settled on its own thread (one per processor, at most
     * two chunks per thread ahead of the output) and the chunks are written in input order, so the output is the
     * same as settling line after line. A chunk stops at its first invalid line, and the batch at the first chunk
     * that stopped. A read error counts where it happened: the lines before it are settled first, and a line before
     * it that is invalid still makes the answer {@link #INVALID}.
     */
    private int batch(BufferedReader in, OutputStream out, PrintWriter err) throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "settle-batch");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<Chunk>> pending = new ArrayDeque<>();
            long lineNumber = 0;
            IOException readError = null;
            boolean more = true;
            while (more || !pending.isEmpty()) {
                while (more && pending.size() < 2 * threads) {
                    List<String> lines = new ArrayList<>(CHUNK_LINES);
                    try {
                        for (String line; lines.size() < CHUNK_LINES && (line = in.readLine()) != null; ) {
                            lines.add(line);
                        }
                        more = lines.size() == CHUNK_LINES;
                    } catch (IOException e) {
                        readError = e;
                        more = false;
                    }
                    if (!lines.isEmpty()) {
                        long first = lineNumber + 1;
                        lineNumber += lines.size();
                        pending.add(pool.submit(() -> settleChunk(first, lines)));
                    }
                }
                if (pending.isEmpty()) {
                    break;
                }
                Chunk chunk = join(pending.removeFirst());
                chunk.answers().writeTo(out);
                chunk.answers().clear();
                writtenBuffers.add(chunk.answers());
                summary.add(chunk.summed());
                if (!chunk.problems().isEmpty()) {
                    out.flush();
                    chunk.problems().forEach(err::println);
                    return INVALID;
                }
            }
            if (readError != null) {
                out.flush();
                throw readError;
            }
            return OK;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The answers of consecutive lines (or, with {@code --summary}, their totals), up to the first invalid line;
     * {@code problems} are that line's, each prefixed with its line number, empty when all were valid.
     */
    private record Chunk(JsonBytes answers, SettlementSummary summed, List<String> problems) {}

    private Chunk settleChunk(long firstLineNumber, List<String> lines) {
        JsonBytes answers = writtenBuffers.poll();
        if (answers == null) {
            answers = new JsonBytes(options.summary() ? 0 : lines.size() * 4096);
        }
        SettlementSummary summed = new SettlementSummary();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size() && problems.isEmpty(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                Settled settled = settle(Json.MAPPER.readTree(line));
                if (options.summary()) {
                    summed.add(settled.assistanceClass(), settled.bills());
                } else {
                    AnswerJson.write(settled.bills(), answers);
                    answers.raw('\n');
                }
            } catch (JsonProcessingException e) {
                problems.add(where(firstLineNumber + i) + "不是有效的 JSON：" + e.getOriginalMessage());
            } catch (InvalidCaseException e) {
                String where = where(firstLineNumber + i);
                e.messages().forEach(problem -> problems.add(where + problem));
            }
        }
        return new Chunk(answers, summed, problems);
    }

    private static Chunk join(Future<Chunk> chunk) throws IOException {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("结算被中断");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** "第 12 行：", the prefix of a batch line's problems; built only when there is one. */
    private static String where(long lineNumber) {
        return "第 " + lineNumber + " 行：";
    }

    /** One case settled: its bills and, with {@code --summary}, the person's assistance class. */
    private record Settled(OptionalInt assistanceClass, List<Bill> bills) {}

    private Settled settle(JsonNode node) {
        SettlementCase settlementCase = CaseJsonReader.read(node);
        if (options.scheme() != null) {
            settlementCase = settlementCase.withScheme(options.scheme());
        }
        Scheme scheme = schemes.require(settlementCase.schemeId());
        List<Bill> bills = SettlementEngine.settle(scheme, settlementCase.person(), settlementCase.claims());
        return new Settled(
                options.summary()
                        ? AssistanceClassResolution.classOf(settlementCase.person(), scheme.assistance())
                        : OptionalInt.empty(),
                bills);
    }

    /** The parsed arguments; {@code input} null means standard input. */
    record Options(String input, boolean batch, String scheme, boolean summary, boolean help) {

        static Options parse(String[] args) {
            String input = null;
            String scheme = null;
            boolean batch = false;
            boolean summary = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "-h", "--help" -> {
                        return new Options(null, false, null, false, true);
                    }
                    case "--summary" -> summary = true;
                    case "--scheme" -> scheme = value(args, ++i, "--scheme");
                    case "--batch" -> {
                        batch = true;
                        input = only(input, value(args, ++i, "--batch"));
                    }
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("未知选项：" + args[i]);
                        }
                        input = only(input, args[i]);
                    }
                }
            }
            return new Options(input, batch, scheme, summary, false);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length || args[i].startsWith("--")) {
                throw new IllegalArgumentException(option + " 需要一个值");
            }
            return args[i];
        }

        private static String only(String previous, String input) {
            if (previous != null) {
                throw new IllegalArgumentException("只能给一个输入文件");
            }
            return input;
        }
    }
}
