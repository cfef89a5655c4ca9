package cn.ybfp.register.application;

import cn.ybfp.kernel.BulkReads;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.excel.XlsxTable;
import cn.ybfp.register.api.EnrolmentStatus;
import cn.ybfp.register.api.PersonSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;

/** The person list as an Excel file: the same search, the same jurisdiction, the same masking as the page. */
@ApplicationScoped
public class PersonExport {

    @Inject
    PersonQueries queries;

    @Inject
    BulkReads bulkReads;

    /** Writes the list and records the bulk read (who, the search, how many rows). */
    public void writeXlsx(Caller caller, PersonSearch search, OutputStream out) throws IOException {
        long[] rows = {0};
        try (XlsxTable table =
                new XlsxTable("参保台账", "身份证号", "姓名", "性别", "年龄", "所在乡镇（街道）", "救助类别", search.year() + "年度参保状态")) {
            queries.export(caller, search, p -> {
                rows[0]++;
                table.addRow(
                        p.maskedIdNumber(),
                        p.name(),
                        p.sex(),
                        p.age(),
                        p.townshipName(),
                        p.assistanceClass() == null ? "" : p.assistanceClass() + "类",
                        EnrolmentStatus.valueOf(p.enrolmentStatus()).label());
            });
            table.write(out);
        }
        bulkReads.record(caller, "参保台账名单", search.toString(), rows[0]);
    }
}
