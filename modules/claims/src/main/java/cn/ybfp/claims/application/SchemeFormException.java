package cn.ybfp.claims.application;

import cn.ybfp.kernel.Refusal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A scheme form refused: every wrong field with why, by key; nothing was stored. The message is Chinese. */
public class SchemeFormException extends RuntimeException {

    private final transient Map<String, Refusal> problems;

    public SchemeFormException(Map<String, Refusal> problems) {
        super(String.join(
                "；", problems.values().stream().map(p -> p.in(Locale.CHINESE)).toList()));
        this.problems = new LinkedHashMap<>(problems);
    }

    /** Field → why, in the page's language, in the order found. */
    public Map<String, String> problems(Locale locale) {
        Map<String, String> said = new LinkedHashMap<>();
        problems.forEach((field, problem) -> said.put(field, problem.in(locale)));
        return said;
    }
}
