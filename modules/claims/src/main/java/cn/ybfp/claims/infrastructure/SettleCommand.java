package cn.ybfp.claims.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.ybfp.claims.domain.AssistanceClassResolution;
import cn.ybfp.claims.domain.Bill;
import cn.ybfp.claims.domain.InvalidCaseException;
import cn.ybfp.claims.domain.Scheme;
import cn.ybfp.claims.domain.SettlementCase;
import cn.ybfp.claims.domain.SettlementEngine;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The policy simulator on the command line: settles cases in the JSON shape of SETTLEMENT.md and prints the
 * answers. Usage in {@link #USAGE}; the exit codes are {@link #OK}, {@link #INVALID} and {@link #USAGE_ERROR}.
 * A batch is streamed line by line, so memory stays constant however long the file is.
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

    private final Options options;
    private final JsonSchemes schemes = new JsonSchemes();
    private final SettlementSummary summary = new SettlementSummary();

    private SettleCommand(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, UTF_8), true);
        Writer out = new BufferedWriter(new OutputStreamWriter(stdout, UTF_8), 1 << 16);
        try {
            Options options = Options.parse(args);
            if (options.help()) {
                out.write(USAGE + System.lineSeparator());
                out.flush();
                return OK;
            }
            SettleCommand command = new SettleCommand(options);
            if (options.scheme() != null && command.schemes.find(options.scheme()).isEmpty()) {
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

    private int run(BufferedReader in, Writer out, PrintWriter err) throws IOException {
        JsonGenerator json = Json.MAPPER.createGenerator(out);
        if (!options.batch()) {
            // one value per line, arrays too: the rule lines of a bill read top to bottom
            json.setPrettyPrinter(
                    new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE));
        }
        int status = options.batch() ? batch(in, json, err) : single(in, json, err);
        if (status == OK && options.summary()) {
            summary.write(json);
            json.writeRaw('\n');
        }
        json.flush();
        return status;
    }

    private int single(BufferedReader in, JsonGenerator json, PrintWriter err) throws IOException {
        try {
            answer(Json.MAPPER.readTree(in), json);
            return OK;
        } catch (JsonProcessingException e) {
            err.println("结算案例不是有效的 JSON：" + e.getOriginalMessage());
        } catch (InvalidCaseException e) {
            e.messages().forEach(err::println);
        }
        return INVALID;
    }

    /** Stops at the first invalid line: the answers before it are written, nothing for it or after it. */
    private int batch(BufferedReader in, JsonGenerator json, PrintWriter err) throws IOException {
        long lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String where = "第 " + lineNumber + " 行：";
            try {
                answer(Json.MAPPER.readTree(line), json);
            } catch (JsonProcessingException e) {
                json.flush();
                err.println(where + "不是有效的 JSON：" + e.getOriginalMessage());
                return INVALID;
            } catch (InvalidCaseException e) {
                json.flush();
                e.messages().forEach(problem -> err.println(where + problem));
                return INVALID;
            }
        }
        return OK;
    }

    /** Settles one case and writes its answer, or only adds it to the summary. */
    private void answer(JsonNode node, JsonGenerator json) throws IOException {
        SettlementCase settlementCase = CaseJson.read(node);
        if (options.scheme() != null) {
            settlementCase = settlementCase.withScheme(options.scheme());
        }
        Scheme scheme = schemes.require(settlementCase.schemeId());
        List<Bill> bills = SettlementEngine.settle(scheme, settlementCase.person(), settlementCase.claims());
        if (options.summary()) {
            summary.add(AssistanceClassResolution.classOf(settlementCase.person(), scheme.assistance()), bills);
            return;
        }
        AnswerJson.write(bills, json);
        json.writeRaw('\n');
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
