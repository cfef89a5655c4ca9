package cn.ybfp.claims.application;

import java.util.Map;

/** A scheme form refused: every wrong field with its Chinese message; nothing was stored. */
public class SchemeFormException extends RuntimeException {

    private final transient Map<String, String> problems;

    public SchemeFormException(Map<String, String> problems) {
        super(String.join("；", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
