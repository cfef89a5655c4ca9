package cn.ybfp.booklets.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The disease of a row of the health department's list (云医保〔2020〕128号 二（四）: 糖尿病、高血压、重性精神病、肺结核): a
 * national code, or one of the list's four names. 重性精神病 is a group, not one disease (CHRONIC-DISEASES.md): it
 * finds a booklet holding any of M02101–M02106, but a recognition needs the code the diagnosis names, so a row giving
 * only the group's name cannot start one.
 *
 * @param codes the codes the row may mean: one, or the group's
 */
public record HealthListDisease(List<String> codes) {

    private static final List<String> SEVERE_MENTAL_ILLNESS =
            List.of("M02101", "M02102", "M02103", "M02104", "M02105", "M02106");

    private static final Map<String, List<String>> LIST_NAMES = Map.of(
            "高血压", List.of("M03900"),
            "高血压病", List.of("M03900"),
            "糖尿病", List.of("M01600"),
            "肺结核", List.of("M00105"),
            "活动性肺结核", List.of("M00105"),
            "重性精神病", SEVERE_MENTAL_ILLNESS,
            "严重精神障碍", SEVERE_MENTAL_ILLNESS);

    /** The disease as written in the list, or empty when it is neither a national code nor one of the list's names. */
    public static Optional<HealthListDisease> parse(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        Optional<DiseaseCode> code = DiseaseCode.parse(written);
        if (code.isPresent()) {
            return Optional.of(new HealthListDisease(List.of(code.get().value())));
        }
        return Optional.ofNullable(LIST_NAMES.get(written.strip())).map(HealthListDisease::new);
    }

    /** The one code a recognition can be started for; empty for a group. */
    public Optional<String> code() {
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    /** The code the reconciliation counts the row under: the group's first for a group. */
    public String reported() {
        return codes.size() == 1 ? codes.get(0) : "M021xx";
    }
}
