package cn.ybfp.register.application;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.figures.ReportCount;
import cn.ybfp.kernel.figures.ReportCounts;
import cn.ybfp.kernel.figures.ReportScope;
import cn.ybfp.register.api.SubsidyType;
import cn.ybfp.register.domain.WriteOffs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Enrolment for the reports, over the year's targets as the write-off counts them (the same people, so the report
 * and the write-off page never disagree): targets, enrolled, justified, and the subsidies of the enrolled (full or
 * fixed, who pays nothing, who is flagged as over-subsidised).
 */
@ApplicationScoped
public class RegisterReportCounts implements ReportCounts {

    @Inject
    WriteOffService writeOffService;

    @Inject
    WriteOffs writeOffs;

    @Override
    public String section() {
        return "enrolment";
    }

    @Override
    public List<ReportCount> counts(ReportScope scope) {
        List<ReportCount> counts = new ArrayList<>();
        for (WriteOffs.Target target : writeOffService.targets(new Jurisdiction(scope.within()), scope.year())) {
            for (Map.Entry<String, long[]> e :
                    writeOffs.coverageByTownship(target).entrySet()) {
                String county = e.getKey().substring(0, 6);
                counts.add(ReportCount.of(county, "enrolment.targets", e.getValue()[0]));
                counts.add(ReportCount.of(county, "enrolment.enrolled", e.getValue()[1]));
                counts.add(ReportCount.of(county, "enrolment.justified", e.getValue()[2]));
            }
            for (Object[] row : writeOffs.subsidiesByTownship(target)) {
                addSubsidies(counts, ((String) row[0]).substring(0, 6), row);
            }
        }
        return counts;
    }

    private static void addSubsidies(List<ReportCount> counts, String county, Object[] row) {
        SubsidyType type = (SubsidyType) row[1];
        if (type != SubsidyType.NONE) {
            String kind = type == SubsidyType.FULL ? "full" : "fixed";
            counts.add(ReportCount.of(county, "enrolment." + kind + "Subsidy", (Number) row[2]));
            counts.add(ReportCount.of(county, "enrolment." + kind + "SubsidyAmount", (BigDecimal) row[3]));
        }
        counts.add(ReportCount.of(county, "enrolment.zeroContribution", (Number) row[4]));
        counts.add(ReportCount.of(county, "enrolment.overSubsidised", (Number) row[5]));
    }
}
