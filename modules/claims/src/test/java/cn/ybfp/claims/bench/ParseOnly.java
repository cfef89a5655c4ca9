package cn.ybfp.claims.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.ybfp.claims.infrastructure.BenchSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor for {@code settle --batch}: reads a case file exactly as the batch does (UTF-8 lines, blank lines
 * skipped, each line a {@link JsonNode} tree with the command's {@link ObjectMapper}) and settles nothing. Prints
 * {@code CASES CLAIMS}. {@code ParseOnly FILE.jsonl}
 */
public final class ParseOnly {

    private ParseOnly() {}

    public static void main(String[] args) throws IOException {
        ObjectMapper mapper = BenchSupport.mapper();
        long cases = 0;
        long claims = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                cases++;
                JsonNode list = node.get("claims");
                claims += list == null ? 0 : list.size();
            }
        }
        System.out.println(cases + " " + claims);
    }
}
