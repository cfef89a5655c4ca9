package cn.ybfp.web.deployment;

import static cn.ybfp.web.support.TestPeople.caller;
import static cn.ybfp.web.support.TestPeople.newIdNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ybfp.claims.api.ClaimFilter;
import cn.ybfp.claims.application.ClaimConflictException;
import cn.ybfp.claims.application.ClaimDetail;
import cn.ybfp.claims.application.ClaimQueries;
import cn.ybfp.claims.application.SchemeFormException;
import cn.ybfp.claims.application.SchemeService;
import cn.ybfp.claims.application.SettlementException;
import cn.ybfp.claims.application.SettlementService;
import cn.ybfp.claims.application.SettlementService.ClaimRequest;
import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.NotPermittedException;
import cn.ybfp.kernel.ResidentId;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.application.CategoryForm;
import cn.ybfp.register.application.PersonForm;
import cn.ybfp.register.application.RegisterCommands;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Settlement inside the deployed WAR on PostgreSQL: a claim number is settled once, a reversal keeps the bill and
 * takes the claim out of the year's accumulators, later changes to the person never rewrite a bill, the hospital
 * API is idempotent and scoped to its county, and schemes are copied with validation.
 *
 * <p>The person holds 低保 (class 2) from 2022 and every claim is an inpatient claim at a level-1 hospital in 2022,
 * under jl-2022: basic (10,200 − 200) × 85% = 8,500.00; the rest 1,700.00 is below the halved critical-illness line
 * 7,500; assistance 1,700.00 × 70% = 1,190.00; the patient pays 10,200 − 8,500 − 1,190 = 510.00.
 */
@ExtendWith(ArquillianExtension.class)
class SettlementIT {

    private static final Caller SHUANGYANG = caller(Role.COUNTY_STAFF, "220112");
    private static final Caller YUNSHAN = caller(Role.TOWNSHIP_STAFF, "220112001");
    private static final Caller YONGJI = caller(Role.COUNTY_STAFF, "220221");
    private static final Caller PROVINCE = caller(Role.PROVINCE_SUPERVISOR, "220000");

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.war(SettlementIT.class);
    }

    @Inject
    RegisterCommands register;

    @Inject
    cn.ybfp.register.application.PersonQueries people;

    @Inject
    SettlementService settlement;

    @Inject
    ClaimQueries queries;

    @Inject
    SchemeService schemes;

    @Resource(lookup = "java:app/jdbc/ybfp")
    DataSource dataSource;

    @Test
    void aClaimNumberIsSettledOnceAndItsBillIsKept() throws SQLException {
        String idNumber = lowIncomePerson();
        String number = newNumber();
        ClaimDetail claim = confirmed(SHUANGYANG, request(idNumber, number, "10200.00"));

        assertThat(claim.bill().basic()).isEqualByComparingTo("8500.00");
        assertThat(claim.bill().assistance()).isEqualByComparingTo("1190.00");
        assertThat(claim.bill().personalPayment()).isEqualByComparingTo("510.00");
        assertThat(claim.assistanceClass()).isEqualTo(2);
        assertThat(claim.schemeId()).isEqualTo("jl-2022");
        assertThatThrownBy(() -> settlement.confirm(SHUANGYANG, request(idNumber, number, "10200.00")))
                .isInstanceOf(ClaimConflictException.class)
                .hasMessageContaining("不能重复结算");
        assertThatThrownBy(() -> settlement.confirm(SHUANGYANG, request(idNumber, number, "999.00")))
                .isInstanceOf(ClaimConflictException.class);
        assertThat(count("select count(*) from settled_claim where claim_number = ?", number))
                .isEqualTo(1);
    }

    @Test
    void aClaimNumberIsTheHospitalsOwnAndAClaimStaysWithinBounds() throws SQLException {
        String idNumber = lowIncomePerson();
        String number = newNumber();
        confirmed(SHUANGYANG, request(idNumber, number, "100.00"));
        // another hospital numbering alike is another claim
        confirmed(SHUANGYANG, new ClaimRequest(idNumber, "双阳区中医院", null, claim(number, "100.00")));
        assertThat(count("select count(*) from settled_claim where claim_number = ?", number))
                .isEqualTo(2);

        ObjectNode tomorrow = claim(newNumber(), "100.00");
        tomorrow.put(
                "date",
                java.time.LocalDate.now(cn.ybfp.kernel.Beijing.clock())
                        .plusDays(1)
                        .toString());
        assertThatThrownBy(() -> settlement.confirm(SHUANGYANG, new ClaimRequest(idNumber, "双阳区医院", null, tomorrow)))
                .isInstanceOf(SettlementException.class)
                .hasMessageContaining("不能晚于今天");
        assertThatThrownBy(() -> settlement.confirm(SHUANGYANG, request(idNumber, newNumber(), "10000000.01")))
                .isInstanceOf(SettlementException.class)
                .hasMessageContaining("不能超过 10000000.00 元")
                .satisfies(e -> assertThat(((SettlementException) e).field()).isEqualTo("totalCost"));
    }

    @Test
    void aLaterCategoryDoesNotRewriteTheBillButPaysTheNextClaim() {
        String idNumber = lowIncomePerson();
        ClaimDetail first = confirmed(SHUANGYANG, request(idNumber, newNumber(), "10200.00"));
        recognised(
                first.personId(),
                new CategoryForm("EXTREMELY_POOR", "CIVIL_AFFAIRS", "民发〔2022〕1号", "2022-01-01", "2030-12-31"));

        ClaimDetail again = queries.bill(SHUANGYANG, first.id()).orElseThrow().claim();
        assertThat(again.bill().assistance()).isEqualByComparingTo("1190.00");
        assertThat(again.assistanceClass()).isEqualTo(2);
        // class 1 now: 100% of the 1,700.00 left after basic insurance
        ClaimDetail second = confirmed(SHUANGYANG, request(idNumber, newNumber(), "10200.00"));
        assertThat(second.assistanceClass()).isEqualTo(1);
        assertThat(second.bill().assistance()).isEqualByComparingTo("1700.00");
    }

    @Test
    void aReversalKeepsTheBillAndLeavesTheAccumulators() {
        String idNumber = lowIncomePerson();
        ClaimDetail first = confirmed(SHUANGYANG, request(idNumber, newNumber(), "10200.00"));
        ClaimDetail second = confirmed(SHUANGYANG, request(idNumber, newNumber(), "10200.00"));
        var account = queries.account(SHUANGYANG, first.personId(), 2022).orElseThrow();
        assertThat(account.totals().assistancePaid()).isEqualByComparingTo("2380.00");
        assertThat(account.totals().basicInpatientPaid()).isEqualByComparingTo("17000.00");

        assertThat(settlement.reverse(SHUANGYANG, first.id(), "费用录入错误", first.version()))
                .isTrue();

        var after = queries.account(SHUANGYANG, first.personId(), 2022).orElseThrow();
        assertThat(after.totals().assistancePaid()).isEqualByComparingTo("1190.00");
        assertThat(after.totals().basicInpatientPaid()).isEqualByComparingTo("8500.00");
        assertThat(after.claims())
                .extracting(ClaimDetail::claimNumber)
                .containsExactly(first.claimNumber(), second.claimNumber());
        ClaimDetail reversed =
                queries.bill(SHUANGYANG, first.id()).orElseThrow().claim();
        assertThat(reversed.isReversed()).isTrue();
        assertThat(reversed.bill().assistance()).isEqualByComparingTo("1190.00"); // the bill itself stays
        assertThatThrownBy(() -> settlement.reverse(SHUANGYANG, first.id(), "再次冲正", reversed.version()))
                .isInstanceOf(ClaimConflictException.class)
                .hasMessageContaining("不能重复冲正");

        // the correction names the reversed claim; a standing claim cannot be "corrected"
        ClaimDetail correction = confirmed(
                SHUANGYANG, new ClaimRequest(idNumber, "双阳区医院", first.claimNumber(), claim(newNumber(), "10200.00")));
        assertThat(correction.corrects()).isEqualTo(first.claimNumber());
        assertThatThrownBy(() -> settlement.confirm(
                        SHUANGYANG,
                        new ClaimRequest(idNumber, "双阳区医院", second.claimNumber(), claim(newNumber(), "10200.00"))))
                .isInstanceOf(SettlementException.class)
                .satisfies(e -> assertThat(((SettlementException) e).field()).isEqualTo("corrects"));
    }

    @Test
    void theClaimListAndItsExcelStayWithinTheJurisdictionAndMaskIdNumbers() throws Exception {
        String idNumber = lowIncomePerson();
        String number = newNumber();
        settlement.confirm(SHUANGYANG, request(idNumber, number, "10200.00"));
        var filter = new cn.ybfp.claims.api.ClaimFilter(number, null, null, null, null, null);

        assertThat(queries.search(SHUANGYANG, filter, 1).rows())
                .singleElement()
                .satisfies(c -> assertThat(c.idNumberMasked()).isEqualTo(ResidentId.mask(idNumber)));
        assertThat(queries.search(YONGJI, filter, 1).total()).isZero();
        assertThat(queries.search(PROVINCE, filter, 1).total()).isEqualTo(1);
        assertThat(exported(SHUANGYANG, filter)).containsExactly(number + " " + ResidentId.mask(idNumber));
        assertThat(exported(YONGJI, filter)).isEmpty();

        // every export is on record: who, what, the filter, how many rows
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select user_role, what, filter, row_count from bulk_read"
                        + " where username = ? and division = ? order by id desc")) {
            s.setString(1, SHUANGYANG.username());
            s.setString(2, SHUANGYANG.division().value());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("COUNTY_STAFF");
                assertThat(rs.getString(2)).isEqualTo("结算单名单");
                assertThat(rs.getString(3)).contains(number);
                assertThat(rs.getLong(4)).isEqualTo(1);
            }
        }
    }

    private List<String> exported(Caller caller, cn.ybfp.claims.api.ClaimFilter filter) throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        queries.writeXlsx(caller, filter, bytes);
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            var rows = new java.util.ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(sheet.getRow(r).getCell(0).getStringCellValue() + " "
                        + sheet.getRow(r).getCell(2).getStringCellValue());
            }
            return rows;
        }
    }

    @Test
    void aSupervisorReadingABillOrTheYearTotalsIsRecorded() throws SQLException {
        String idNumber = lowIncomePerson();
        ClaimDetail claim = confirmed(SHUANGYANG, request(idNumber, newNumber(), "10200.00"));
        String person = String.valueOf(claim.personId());
        String views = "select count(*) from person_record_view where person_id = cast(? as bigint)"
                + " and username = 'it-province-supervisor' and viewed_page like ?";

        queries.bill(SHUANGYANG, claim.id()).orElseThrow(); // a county clerk's own work is not audited as a view
        assertThat(count(views, person, "%")).isZero();
        queries.bill(PROVINCE, claim.id()).orElseThrow();
        queries.account(PROVINCE, claim.personId(), 2022).orElseThrow();
        assertThat(count(views, person, "结算单 " + claim.claimNumber())).isEqualTo(1);
        assertThat(count(views, person, "年度结算累计 2022")).isEqualTo(1);
    }

    @Test
    void onlyCountyStaffOfThePersonsCountySettle() {
        String idNumber = lowIncomePerson();
        assertThatThrownBy(() -> settlement.confirm(YUNSHAN, request(idNumber, newNumber(), "100.00")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> settlement.confirm(PROVINCE, request(idNumber, newNumber(), "100.00")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> settlement.confirm(YONGJI, request(idNumber, newNumber(), "100.00")))
                .isInstanceOf(SettlementException.class)
                .hasMessageContaining("本辖区参保台账中没有此人");
    }

    @Test
    void badInputNamesTheFieldAndSettlesNothing() throws SQLException {
        String idNumber = lowIncomePerson();
        String number = newNumber();
        ObjectNode claim = claim(number, "100.00");
        claim.put("outOfPolicyCost", "200.00");
        assertThatThrownBy(() -> settlement.confirm(SHUANGYANG, new ClaimRequest(idNumber, "医院", null, claim)))
                .isInstanceOf(SettlementException.class)
                .hasMessageContaining("目录外费用")
                .satisfies(e -> assertThat(((SettlementException) e).field()).isEqualTo("outOfPolicyCost"));
        ObjectNode future = claim(number, "100.00");
        future.put("date", "2019-06-01");
        assertThatThrownBy(() -> settlement.confirm(SHUANGYANG, new ClaimRequest(idNumber, "医院", null, future)))
                .isInstanceOf(SettlementException.class)
                .hasMessageContaining("没有待遇政策方案");
        assertThat(count("select count(*) from settled_claim where claim_number = ?", number))
                .isZero();
    }

    @Test
    void theHospitalApiIsIdempotentByClaimNumberAndKeepsToItsCounty() throws SQLException {
        String idNumber = lowIncomePerson();
        String number = newNumber();
        DivisionCode shuangyang = DivisionCode.of("220112");
        var first = settlement.settleForHospital(
                shuangyang, "hospital-shuangyang", null, List.of(request(idNumber, number, "10200.00")), true);
        var retry = settlement.settleForHospital(
                shuangyang, "hospital-shuangyang", "jl-2022", List.of(request(idNumber, number, "10200.00")), true);

        assertThat(retry.get(0).repeated()).isTrue();
        assertThat(retry.get(0).bill()).isEqualTo(first.get(0).bill());
        assertThat(count("select count(*) from settled_claim where claim_number = ?", number))
                .isEqualTo(1);
        assertThatThrownBy(() -> settlement.settleForHospital(
                        shuangyang, "hospital-shuangyang", null, List.of(request(idNumber, number, "10300.00")), true))
                .isInstanceOf(ClaimConflictException.class);
        assertThatThrownBy(() -> settlement.settleForHospital(
                        DivisionCode.of("220221"),
                        "hospital-yongji",
                        null,
                        List.of(request(idNumber, newNumber(), "100.00")),
                        true))
                .hasMessageContaining("本辖区参保台账中没有此人");
    }

    @Test
    void aPreviewSettlesNothingAndTwoClaimsOfOneRequestStackOrFailTogether() throws SQLException {
        String idNumber = lowIncomePerson();
        String a = newNumber();
        String b = newNumber();
        DivisionCode shuangyang = DivisionCode.of("220112");
        var preview = settlement.settleForHospital(
                shuangyang,
                "h",
                null,
                List.of(request(idNumber, a, "10200.00"), request(idNumber, b, "10200.00")),
                false);
        // the second claim of the preview builds on the first: basic 8,500 + 8,500, assistance 1,190 twice
        assertThat(preview)
                .extracting(o -> o.bill().assistance().toPlainString())
                .containsExactly("1190.00", "1190.00");
        assertThat(count("select count(*) from settled_claim where claim_number in (?, ?)", a, b))
                .isZero();

        ObjectNode bad = claim(b, "100.00");
        bad.put("kind", "DENTAL");
        assertThatThrownBy(() -> settlement.settleForHospital(
                        shuangyang,
                        "h",
                        null,
                        List.of(request(idNumber, a, "10200.00"), new ClaimRequest(idNumber, "医院", null, bad)),
                        true))
                .isInstanceOf(SettlementException.class);
        assertThat(count("select count(*) from settled_claim where claim_number in (?, ?)", a, b))
                .isZero();
    }

    @Test
    void theProvinceCopiesASchemeWithValidationAndHistory() {
        var form = schemes.copyOf(PROVINCE, "jl-2022").orElseThrow();
        int year = 2040 + java.util.concurrent.ThreadLocalRandom.current().nextInt(50);
        var values = new HashMap<>(form.values());
        values.put("basic.inpatient.levels.1.ratio", "1.5");
        values.put("assistance.classes.1.yearlyLimit", "-1");
        values.put("criticalIllness.ordinary.segments[0].upTo", "500000.00");
        var bad = new SchemeService.SchemeForm(
                "jl-2022", "it-" + year, "测试方案", String.valueOf(year), "220200", "测试", values);
        assertThatThrownBy(() -> schemes.create(PROVINCE, bad))
                .isInstanceOf(SchemeFormException.class)
                .satisfies(e -> assertThat(((SchemeFormException) e).problems(java.util.Locale.CHINESE))
                        .containsKeys("basic.inpatient.levels.1.ratio", "assistance.classes.1.yearlyLimit"));
        assertThat(schemes.view("it-" + year)).isEmpty();
        assertThatThrownBy(() -> schemes.copyOf(SHUANGYANG, "jl-2022")).isInstanceOf(NotPermittedException.class);

        values.putAll(form.values());
        values.put("assistance.classes.1.yearlyLimit", "60000.00");
        var good = new SchemeService.SchemeForm(
                "jl-2022", "it-" + year, "测试方案", String.valueOf(year), "220200", "测试", values);
        schemes.create(PROVINCE, good);
        var view = schemes.view("it-" + year).orElseThrow();
        assertThat(view.fields())
                .filteredOn(f -> f.path().equals("assistance.classes.1.yearlyLimit"))
                .singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualTo("60000.00"));
        assertThat(view.history())
                .singleElement()
                .satisfies(h -> assertThat(h.username()).isNotBlank());
        assertThatThrownBy(() -> schemes.create(PROVINCE, good))
                .isInstanceOf(SchemeFormException.class)
                .hasMessageContaining("已存在");
    }

    @Test
    void theAdmissionDayAndADiseaseCoveredByABookletAreRequired() {
        String idNumber = lowIncomePerson();
        ObjectNode noAdmission = claim(newNumber(), "1000.00");
        noAdmission.remove("admissionDate");
        refusedAt("admissionDate", "入院日期", noAdmission, idNumber);
        ObjectNode chronic = claim(newNumber(), "300.00");
        chronic.put("kind", "OUTPATIENT_CHRONIC");
        chronic.remove("hospitalLevel");
        chronic.remove("admissionDate");
        refusedAt("disease", "须填写病种", chronic, idNumber);
        chronic.put("disease", "M03900"); // the test database has no 2022 catalogue, and the person no booklet
        refusedAt("disease", "不在", chronic, idNumber);
        assertThat(queries.search(SHUANGYANG, new ClaimFilter(idNumber, null, null, null, null, null), 0)
                        .rows())
                .isEmpty();
    }

    private void refusedAt(String field, String message, ObjectNode claim, String idNumber) {
        assertThatThrownBy(() -> settlement.confirm(SHUANGYANG, new ClaimRequest(idNumber, "双阳区医院", null, claim)))
                .isInstanceOfSatisfying(
                        cn.ybfp.kernel.InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(message);
    }

    private ClaimDetail confirmed(Caller caller, ClaimRequest request) {
        return queries.bill(caller, settlement.confirm(caller, request))
                .orElseThrow()
                .claim();
    }

    private String lowIncomePerson() {
        String idNumber = newIdNumber();
        long id = register.register(
                SHUANGYANG, new PersonForm(idNumber, "结算测试", "13900000000", "220112001", null, null, "测试地址"));
        recognised(
                id,
                new CategoryForm("LOW_INCOME_GUARANTEE", "CIVIL_AFFAIRS", "长民发〔2022〕7号", "2022-01-01", "2030-12-31"));
        return idNumber;
    }

    /** A category as a county clerk enters it and a second one confirms it. */
    private void recognised(long personId, CategoryForm form) {
        register.addCategory(SHUANGYANG, personId, form);
        long membership = people.detail(SHUANGYANG, personId).orElseThrow().memberships().stream()
                .filter(m -> m.pendingBy() != null)
                .findFirst()
                .orElseThrow()
                .id();
        register.confirmCategory(caller("xq-it-second", Role.COUNTY_STAFF, "220112"), personId, membership);
    }

    private static ClaimRequest request(String idNumber, String number, String totalCost) {
        return new ClaimRequest(idNumber, "双阳区医院", null, claim(number, totalCost));
    }

    private static ObjectNode claim(String number, String totalCost) {
        ObjectNode claim = JsonNodeFactory.instance.objectNode();
        claim.put("id", number);
        claim.put("kind", "INPATIENT");
        claim.put("date", "2022-03-10");
        claim.put("admissionDate", "2022-03-01");
        claim.put("hospitalLevel", 1);
        claim.put("totalCost", totalCost);
        return claim;
    }

    private long count(String sql, String... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String newNumber() {
        return "IT" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
