package cn.ybfp.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The high admission rate of target people (吉医保发〔2019〕52号 三（一）: 加强对贫困人口高住院率…等问题的治理): per
 * institution and quarter, the target people's admissions per 1,000 target people of the county, against the average
 * of the county's institutions. An institution above {@code highRatePercent} per cent of that average (demo: 150) is
 * flagged. The comparison is exact (whole numbers); the rates shown are rounded to 0.01 half up. A county with one
 * institution has no average to compare with.
 */
public final class AdmissionRateScreen {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private AdmissionRateScreen() {}

    /** An institution's admissions of the county's target people in the quarter. */
    public record Admissions(String hospital, long admissions) {}

    /** A flagged institution with its rate and the county's average, per 1,000 target people. */
    public record Finding(String hospital, BigDecimal rate, BigDecimal average) {}

    public static List<Finding> screen(List<Admissions> ofCounty, long targetPeople, int highRatePercent) {
        int institutions = ofCounty.size();
        if (targetPeople <= 0 || institutions < 2) {
            return List.of();
        }
        long total = ofCounty.stream().mapToLong(Admissions::admissions).sum();
        BigDecimal average = perThousand(total, targetPeople * institutions);
        return ofCounty.stream()
                // rate > average × percent / 100  ⇔  admissions × institutions × 100 > total × percent
                .filter(a -> a.admissions() * institutions * 100 > total * highRatePercent)
                .map(a -> new Finding(a.hospital(), perThousand(a.admissions(), targetPeople), average))
                .toList();
    }

    private static BigDecimal perThousand(long count, long people) {
        return BigDecimal.valueOf(count).multiply(THOUSAND).divide(BigDecimal.valueOf(people), 2, RoundingMode.HALF_UP);
    }
}
