package cn.ybfp.monitoring.infrastructure;

/** A jurisdiction's LIKE pattern ("220112%") applied in Java to an entity found by its id. */
final class Patterns {

    private Patterns() {}

    static boolean matches(String likePattern, String code) {
        return likePattern.endsWith("%")
                ? code.startsWith(likePattern.substring(0, likePattern.length() - 1))
                : code.equals(likePattern);
    }
}
