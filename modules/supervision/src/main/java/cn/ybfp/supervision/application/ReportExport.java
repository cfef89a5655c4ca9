package cn.ybfp.supervision.application;

import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.excel.XlsxTable;
import cn.ybfp.supervision.api.ReportField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A report as .xlsx: one row per field of the form, a column for the total and one per county, as on the page. The
 * form's layout is Chinese in both languages, like the forms the counties file on paper. The export is recorded
 * with the other bulk reads (a supervisor's export is audited too).
 */
@ApplicationScoped
public class ReportExport {

    private static final Map<ReportField.Section, String> SECTIONS = Map.of(
            ReportField.Section.ENROLMENT, "参保资助",
            ReportField.Section.BENEFITS, "待遇保障",
            ReportField.Section.WORK, "经办工作");

    @Inject
    ReportService service;

    @Inject
    BulkReads bulkReads;

    public void write(Caller caller, String period, String county, OutputStream out) {
        ReportView report = service.report(caller, period, county);
        List<String> columns = new ArrayList<>(List.of("栏目", "指标", "合计"));
        report.rows().stream().skip(1).forEach(r -> columns.add(r.name() + "（" + r.county() + "）"));
        try (var table = new XlsxTable(report.period(), columns.toArray(String[]::new))) {
            for (ReportField field : ReportField.values()) {
                List<Object> cells = new ArrayList<>(List.of(SECTIONS.get(field.section()), field.label()));
                report.rows().forEach(r -> cells.add(r.value(field)));
                table.addRow(cells.toArray());
            }
            table.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bulkReads.record(caller, "统计报表 " + report.period(), county == null ? "" : county, 0);
    }
}
