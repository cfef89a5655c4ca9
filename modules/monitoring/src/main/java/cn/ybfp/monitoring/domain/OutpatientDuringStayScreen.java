package cn.ybfp.monitoring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Charges shifted to outpatient during a stay (云医保〔2020〕128号 （六）: 着力整治个别定点医疗机构要求贫困人口住院期间
 * 门诊缴费): an outpatient claim of the person dated inside one of their inpatient stays, from the day of admission to
 * the day of discharge, both included, is flagged, at whatever institution.
 */
public final class OutpatientDuringStayScreen {

    private OutpatientDuringStayScreen() {}

    /** An outpatient claim: its id, institution and date. */
    public record Visit(long claimId, String hospital, LocalDate day) {}

    public record Finding(Stay stay, Visit visit) {}

    /** The outpatient claims of one person that fall inside one of the person's stays. */
    public static List<Finding> screen(List<Stay> stays, List<Visit> visits) {
        List<Finding> found = new ArrayList<>();
        for (Visit visit : visits) {
            stays.stream()
                    .filter(stay -> stay.covers(visit.day()))
                    .findFirst()
                    .ifPresent(stay -> found.add(new Finding(stay, visit)));
        }
        return found;
    }
}
