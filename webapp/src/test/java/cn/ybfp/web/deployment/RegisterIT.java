package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.caller;
import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.PersonSearch;
import cn.ybfp.register.application.CategoryForm;
import cn.ybfp.register.application.EnrolmentForm;
import cn.ybfp.register.application.PersonEdit;
import cn.ybfp.register.application.PersonExport;
import cn.ybfp.register.application.PersonForm;
import cn.ybfp.register.application.PersonQueries;
import cn.ybfp.register.application.RegisterCommands;
import cn.ybfp.register.application.RegisterException;
import cn.ybfp.register.application.WriteOffService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The register's services inside the deployed WAR on PostgreSQL: jurisdiction on every read and change, the
 * supervisor's views recorded, stale edits refused, refused input leaving nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class RegisterIT {

    private static final Caller YUNSHAN = caller(Role.TOWNSHIP_STAFF, "220112001");
    private static final Caller PINGHU = caller(Role.TOWNSHIP_STAFF, "220112002");
    private static final Caller SHUANGYANG = caller(Role.COUNTY_STAFF, "220112");
    private static final Caller SHUANGYANG_2 = caller("xq-it-second", Role.COUNTY_STAFF, "220112");
    private static final Caller YONGJI = caller(Role.COUNTY_STAFF, "220221");
    private static final Caller PROVINCE = caller(Role.PROVINCE_SUPERVISOR, "220000");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(RegisterIT.class);
    }

    @Inject
    RegisterCommands commands;

    @Inject
    PersonQueries queries;

    @Inject
    WriteOffService writeOffs;

    @Inject
    PersonExport export;

    @Resource(lookup = "java:app/jdbc/ybfp")
    DataSource dataSource;

    @Test
    void nobodyOutsideTheTownshipOrCountyReadsThePerson() {
        String idNumber = newIdNumber();
        long id = commands.register(YUNSHAN, form(idNumber, "220112001", null));
        assertThat(queries.detail(YUNSHAN, id)).isPresent();
        assertThat(queries.detail(SHUANGYANG, id)).isPresent();
        assertThat(queries.detail(PINGHU, id)).isEmpty();
        assertThat(queries.detail(YONGJI, id)).isEmpty();
        assertThat(queries.search(PINGHU, byId(idNumber), 1).total()).isZero();
        assertThat(queries.search(YONGJI, byId(idNumber), 1).total()).isZero();
        assertThat(queries.search(SHUANGYANG, byId(idNumber), 1).rows())
                .singleElement()
                .satisfies(row -> assertThat(row.maskedIdNumber()).isEqualTo(ResidentId.mask(idNumber)));
        assertThatThrownBy(() -> commands.edit(PINGHU, id, new PersonEdit("改名", null, null, "NORMAL", null, 0)))
                .isInstanceOf(RegisterException.class);
    }

    @Test
    void aSupervisorReadsEverythingChangesNothingAndEveryViewIsRecorded() throws SQLException {
        long id = commands.register(YUNSHAN, form(newIdNumber(), "220112001", null));
        assertThat(queries.detail(PROVINCE, id)).isPresent();
        assertThat(queries.detail(PROVINCE, id)).isPresent();
        assertThat(count("select count(*) from person_record_view where person_id = ?", id))
                .isEqualTo(2);
        assertThat(queries.detail(YUNSHAN, id)).isPresent(); // a township clerk's own work is not a supervisor view
        assertThat(count("select count(*) from person_record_view where person_id = ?", id))
                .isEqualTo(2);
        assertThatThrownBy(() -> commands.register(PROVINCE, form(newIdNumber(), "220112001", null)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theSecondOfTwoEditsFromTheSameVersionIsRefused() {
        long id = commands.register(YUNSHAN, form(newIdNumber(), "220112001", null));
        long version = queries.detail(YUNSHAN, id).orElseThrow().version();
        commands.edit(YUNSHAN, id, new PersonEdit("第一位经办人", null, null, "NORMAL", null, version));
        assertThatThrownBy(() ->
                        commands.edit(SHUANGYANG, id, new PersonEdit("第二位经办人", null, null, "NORMAL", null, version)))
                .isInstanceOf(RegisterException.class)
                .hasMessageContaining("已被他人修改");
        assertThat(queries.detail(YUNSHAN, id).orElseThrow().name()).isEqualTo("第一位经办人");
    }

    @Test
    void aDeathIsRecordedWithItsDateAndNeverWithoutOne() {
        // born 1990-03-15: a death on 1980-01-01 is before the birth
        long id = commands.register(YUNSHAN, form(newIdNumber(LocalDate.of(1990, 3, 15)), "220112001", null));
        long version = queries.detail(YUNSHAN, id).orElseThrow().version();
        assertThatThrownBy(
                        () -> commands.edit(YUNSHAN, id, new PersonEdit("测试人员", null, null, "DECEASED", null, version)))
                .satisfies(e -> assertThat(((RegisterException) e).field()).isEqualTo("statusDate"));
        assertThatThrownBy(() -> commands.edit(
                        YUNSHAN, id, new PersonEdit("测试人员", null, null, "DECEASED", "1980-01-01", version)))
                .hasMessage("状态日期应在出生日期与今天之间");
        commands.edit(YUNSHAN, id, new PersonEdit("测试人员", null, null, "DECEASED", "2025-06-30", version));
        var person = queries.detail(YUNSHAN, id).orElseThrow();
        assertThat(person.status().name()).isEqualTo("DECEASED");
        assertThat(person.statusDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(person.history())
                .anyMatch(h -> h.change().equals("修改") && h.summary().contains("死亡（2025-06-30）"));
    }

    @Test
    void refusedInputNamesTheFieldAndLeavesNothingBehind() throws SQLException {
        long households = count("select count(*) from household where id > ?", 0);
        String idNumber = newIdNumber();
        assertThatThrownBy(() -> commands.register(
                        YUNSHAN, new PersonForm(idNumber, "张三", "12345", "220112001", null, null, "地址")))
                .isInstanceOf(RegisterException.class)
                .satisfies(e -> assertThat(((RegisterException) e).field()).isEqualTo("phone"));
        assertThatThrownBy(() -> commands.register(YUNSHAN, form(idNumber, "220112002", null)))
                .satisfies(e -> assertThat(((RegisterException) e).field()).isEqualTo("townshipCode"));
        assertThat(count("select count(*) from household where id > ?", 0)).isEqualTo(households);
        assertThat(queries.search(YUNSHAN, byId(idNumber), 1).total()).isZero();
        commands.register(YUNSHAN, form(idNumber, "220112001", null));
        assertThatThrownBy(() -> commands.register(SHUANGYANG, form(idNumber, "220112100", null)))
                .hasMessageContaining("已登记");
    }

    @Test
    void aCategoryEnteredByHandCountsOnlyOnceASecondCountyClerkConfirmsIt() {
        long id = commands.register(YUNSHAN, form(newIdNumber(), "220112001", null));
        var extremelyPoor =
                new CategoryForm("EXTREMELY_POOR", "CIVIL_AFFAIRS", "双民发〔2026〕3号", "2026-01-01", "2026-12-31");

        // the township proposes through an application; it never decides a category
        assertThatThrownBy(() -> commands.addCategory(YUNSHAN, id, extremelyPoor))
                .isInstanceOf(RegisterException.class)
                .hasMessageContaining("县级经办人员");
        // 因病致贫 only through an application; a manual entry names its document and its whole validity
        assertThatThrownBy(() -> commands.addCategory(
                        SHUANGYANG,
                        id,
                        new CategoryForm(
                                "ILLNESS_IMPOVERISHED", "HEALTHCARE_SECURITY", "文号", "2026-01-01", "2026-12-31")))
                .hasMessageContaining("依申请认定");
        assertThatThrownBy(() -> commands.addCategory(
                        SHUANGYANG,
                        id,
                        new CategoryForm("EXTREMELY_POOR", "CIVIL_AFFAIRS", "", "2026-01-01", "2026-12-31")))
                .hasMessageContaining("文号");
        assertThatThrownBy(() -> commands.addCategory(
                        SHUANGYANG, id, new CategoryForm("EXTREMELY_POOR", "CIVIL_AFFAIRS", "文号", "2026-01-01", null)))
                .hasMessageContaining("终止日期");

        commands.addCategory(SHUANGYANG, id, extremelyPoor);
        var pending = queries.detail(SHUANGYANG, id).orElseThrow();
        assertThat(pending.memberships()).singleElement().satisfies(m -> {
            assertThat(m.pendingBy()).isEqualTo(SHUANGYANG.username());
            assertThat(m.heldOnDate()).isFalse();
        });
        assertThat(pending.classOn().assistanceClass())
                .as("no class before the confirmation")
                .isNull();
        // nor does it put the person on the year's write-off list (未参保销号): the list has no case to close
        assertThatThrownBy(() -> writeOffs.close(YUNSHAN, id, 2026, "OTHER", "2026-06-01", "待复核"))
                .hasMessageContaining("未参保名单");
        long membership = pending.memberships().get(0).id();
        assertThatThrownBy(() -> commands.confirmCategory(SHUANGYANG, id, membership))
                .hasMessageContaining("须由另一名县级经办人员复核");

        commands.confirmCategory(SHUANGYANG_2, id, membership);
        var confirmed = queries.detail(SHUANGYANG, id, LocalDate.of(2026, 6, 1)).orElseThrow();
        assertThat(confirmed.memberships())
                .singleElement()
                .satisfies(m -> assertThat(m.pendingBy()).isNull());
        assertThat(confirmed.classOn().assistanceClass()).isEqualTo(1);
        assertThatThrownBy(() -> commands.confirmCategory(SHUANGYANG_2, id, membership))
                .hasMessageContaining("不在待复核状态");
        writeOffs.close(YUNSHAN, id, 2026, "OTHER", "2026-06-01", "已复核，外出务工"); // now a target: its case closes
    }

    /** A category as a county clerk enters it and a second one confirms it. */
    private void recognised(long personId, CategoryForm form) {
        commands.addCategory(SHUANGYANG, personId, form);
        long membership = queries.detail(SHUANGYANG, personId).orElseThrow().memberships().stream()
                .filter(m -> m.pendingBy() != null)
                .findFirst()
                .orElseThrow()
                .id();
        commands.confirmCategory(SHUANGYANG_2, personId, membership);
    }

    @Test
    void theSubsidyFollowsTheClassOnThePaymentDateAndStaysAsDecided() {
        long id = commands.register(SHUANGYANG, form(newIdNumber(), "220112100", null));
        recognised(id, new CategoryForm("MARGINAL_LOW_INCOME", "CIVIL_AFFAIRS", "文号", "2026-01-01", "2026-03-31"));
        commands.recordEnrolment(SHUANGYANG, id, new EnrolmentForm("2026", "ENROLLED", "2026-01-15"));
        var enrolment =
                queries.detail(SHUANGYANG, id).orElseThrow().enrolments().get(0);
        assertThat(enrolment.subsidyType()).isEqualTo("FIXED"); // class 3 on 2026-01-15
        assertThat(enrolment.subsidyAmount()).isEqualByComparingTo("180.00");
        assertThat(enrolment.contributionDue()).isEqualByComparingTo("320.00");
        assertThatThrownBy(() ->
                        commands.recordEnrolment(SHUANGYANG, id, new EnrolmentForm("2026", "ENROLLED", "2026-02-01")))
                .hasMessageContaining("已登记");
    }

    @Test
    void theExcelExportHoldsTheSameScopedAndMaskedRowsAsThePage() throws Exception {
        String idNumber = newIdNumber();
        commands.register(YUNSHAN, form(idNumber, "220112001", null));
        assertThat(exportedIdNumbers(YUNSHAN, byId(idNumber))).containsExactly(ResidentId.mask(idNumber));
        assertThat(exportedIdNumbers(PINGHU, byId(idNumber))).isEmpty();
        assertThat(exportedIdNumbers(YONGJI, byId(idNumber))).isEmpty();

        // each export is on record, with its filter masked: the county's export found nobody
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement(
                        "select what, filter, row_count from bulk_read where username = ? and division = ?"
                                + " order by id desc")) {
            s.setString(1, YONGJI.username());
            s.setString(2, YONGJI.division().value());
            try (var rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("参保台账名单");
                assertThat(rs.getString(2)).contains(ResidentId.mask(idNumber)).doesNotContain(idNumber);
                assertThat(rs.getLong(3)).isZero();
            }
        }
    }

    private java.util.List<String> exportedIdNumbers(Caller caller, PersonSearch search) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        export.writeXlsx(caller, search, bytes);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("身份证号");
            var ids = new java.util.ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            return ids;
        }
    }

    private long count(String sql, long parameter) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static PersonForm form(String idNumber, String township, Long household) {
        return new PersonForm(idNumber, "测试人员", "13900000000", township, household, null, "测试地址");
    }

    private static PersonSearch byId(String idNumber) {
        return new PersonSearch(idNumber, null, null, null, null, 2026, null);
    }
}
