package cn.ybfp.monitoring.domain;

import cn.ybfp.monitoring.api.ScreenKind;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Readmission within the window after a discharge (云医保〔2020〕128号 （六）: 严肃查处…分解住院、重复住院): a stay that
 * begins {@code readmissionDays} days or fewer after the person's previous discharge (demo: 15) is flagged, as a
 * possible split admission when both stays are at the same institution, as a possible repeat admission otherwise. A
 * stay that begins before the previous one ended is flagged too. Day 15 after the discharge is flagged, day 16 is not.
 */
public final class ReadmissionScreen {

    private ReadmissionScreen() {}

    /** A readmission: the stay before, the stay that followed, and the days between discharge and admission. */
    public record Finding(ScreenKind kind, Stay before, Stay after, long days) {}

    /** The readmissions among one person's stays, given in any order. */
    public static List<Finding> screen(List<Stay> stays, int readmissionDays) {
        List<Stay> inOrder = stays.stream()
                .sorted(Comparator.comparing(Stay::admitted)
                        .thenComparing(Stay::discharged)
                        .thenComparing(Stay::claimId))
                .toList();
        List<Finding> found = new ArrayList<>();
        for (int i = 1; i < inOrder.size(); i++) {
            Stay before = inOrder.get(i - 1);
            Stay after = inOrder.get(i);
            long days = ChronoUnit.DAYS.between(before.discharged(), after.admitted());
            if (days <= readmissionDays) {
                ScreenKind kind = before.hospital().equals(after.hospital())
                        ? ScreenKind.SPLIT_ADMISSION
                        : ScreenKind.REPEAT_ADMISSION;
                found.add(new Finding(kind, before, after, days));
            }
        }
        return found;
    }
}
