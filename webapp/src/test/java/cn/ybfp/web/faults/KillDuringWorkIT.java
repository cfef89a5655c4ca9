package cn.ybfp.web.faults;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.ResidentId;
import cn.ybfp.web.browser.Browser;
import cn.ybfp.web.browser.CaseSteps;
import cn.ybfp.web.browser.ClientCredentials;
import cn.ybfp.web.browser.HospitalRequests;
import cn.ybfp.web.support.TestPeople;
import java.io.IOException;
import java.io.Writer;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The portal killed with SIGKILL in the middle of the three commands that move people or money: a data exchange's
 * apply, a hospital's settlement, an application's payment. After the restart nothing of the cut command is in the
 * database, and doing it again gives exactly one result.
 *
 * <p>The exchange is long enough to be cut mid-way by time alone. A settlement or a payment takes milliseconds, so the
 * test holds a row the command must write (the person's year account; the case) with a lock of its own: the command
 * waits mid-transaction, the test sees it waiting in {@code pg_stat_activity}, and kills the portal then.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillDuringWorkIT {

    /** New people of 双阳区 born in the 1930s (the tests' own people are born from 1950): ~10 s of apply here. */
    private static final int EXCHANGE_ROWS = 40_000;

    private static final String KEYCLOAK = System.getProperty("keycloak.url", "http://127.0.0.1:8181");
    private static final String HOSPITAL_SECRET = System.getProperty("hospital.secret.shuangyang", "");
    private static final String LI_JIANGUO = "220112197808050312";
    private static final String BORN_IN_THE_1930S = "select count(*) from person where id_number like '220112193%'";

    private final HttpClient http = HttpClient.newHttpClient();

    /** Each test starts with a running portal, even when the one before failed between a kill and a start. */
    @BeforeEach
    void portal() throws Exception {
        FaultPortal.ensureRunning();
    }

    @Test
    @Order(1)
    void anExchangeApplyCutByAKillChangesNothingAndAppliesOnceWhenConfirmedAgain() throws Exception {
        assertThat(FaultDatabase.count(BORN_IN_THE_1930S)).isZero();
        String batchPath;
        try (Browser uploader = new Browser().login("xq-shuangyang")) {
            uploader.open("/app/register/exchange");
            uploader.select("department", "CIVIL_AFFAIRS");
            uploader.type("file", newPeopleList().toAbsolutePath().toString());
            uploader.click("upload");
            uploader.waitForUrl("/app/register/exchange/");
            batchPath = uploader.path();
        }
        long batch = CaseSteps.id(batchPath);
        awaitBatch(batch, "PREVIEWED");
        try (Browser second = new Browser().login("xq-shuangyang-mz")) { // more than 100 rows: a second clerk
            second.open(batchPath);
            second.click("apply");
            awaitBatch(batch, "APPLYING");
            awaitPortalWriting();
            FaultPortal.kill9();
        }
        assertThat(FaultDatabase.count(BORN_IN_THE_1930S))
                .as("people of the cut apply")
                .isZero();

        FaultPortal.start();
        assertThat(FaultDatabase.value("select status from exchange_batch where id = ?", batch))
                .as("the kill came before the apply ended; if APPLIED, make the list longer")
                .isEqualTo("PREVIEWED");
        assertThat((String) FaultDatabase.value("select message from exchange_batch where id = ?", batch))
                .contains("服务器重启时导入尚未完成");
        assertThat(FaultDatabase.count(BORN_IN_THE_1930S)).isZero();
        try (Browser second = new Browser().login("xq-shuangyang-mz")) {
            second.open(batchPath);
            assertThat(second.text("batch-status")).isEqualTo("待确认");
            second.screenshot("exchange-cut-by-a-restart"); // what the clerk reads: nothing changed, confirm again
            second.click("apply");
            awaitBatch(batch, "APPLIED");
            var again = second.post(batchPath + "/apply", Map.of()); // a second click, a resent form
            assertThat((Long) again.get("status"))
                    .as("a redirect (0 to fetch) or a refusal")
                    .isIn(0L, 409L);
        }
        assertThat(FaultDatabase.count(BORN_IN_THE_1930S)).isEqualTo(EXCHANGE_ROWS);
        assertThat(FaultDatabase.count("select count(*) from category_membership m join person p on p.id = m.person_id"
                        + " where p.id_number like '220112193%' and m.document_number = '双民发〔2026〕99号'"))
                .isEqualTo(EXCHANGE_ROWS);
    }

    @Test
    @Order(2)
    void aSettlementCutByAKillLeavesNoClaimAndTheHospitalsRetrySettlesItOnce() throws Exception {
        String first = "F" + UUID.randomUUID().toString().substring(0, 8);
        String cut = "F" + UUID.randomUUID().toString().substring(0, 8);
        String token = ClientCredentials.token(KEYCLOAK, "hospital-shuangyang", HOSPITAL_SECRET);
        assertThat(settle(token, first).statusCode()).isEqualTo(200); // the person's 2022 account exists from now on
        try (var lock = FaultDatabase.lock(
                "select claims from claim_account where claim_year = 2022"
                        + " and person_id = (select id from person where id_number = ?) for update",
                LI_JIANGUO)) {
            CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(
                    HospitalRequests.post("/api/settlements", token, claim(cut)), HttpResponse.BodyHandlers.ofString());
            lock.awaitPortalBlocked();
            FaultPortal.kill9();
            assertThat(inFlight).failsWithin(30, TimeUnit.SECONDS);
        }
        assertThat(claims(cut)).as("claims left by the cut settlement").isZero();

        FaultPortal.start();
        token = ClientCredentials.token(KEYCLOAK, "hospital-shuangyang", HOSPITAL_SECRET);
        var retried = settle(token, cut);
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(retried.body()).contains("\"assistance\":");
        var again = settle(token, cut);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(retried.body());
        assertThat(claims(cut)).isEqualTo(1);
        assertThat(claims(first)).isEqualTo(1);
        assertThat(FaultDatabase.count(
                        "select claims from claim_account where claim_year = 2022"
                                + " and person_id = (select id from person where id_number = ?)",
                        LI_JIANGUO))
                .isEqualTo(FaultDatabase.count(
                        "select count(*) from settled_claim where claim_year = 2022"
                                + " and person_id = (select id from person where id_number = ?)",
                        LI_JIANGUO));
    }

    @Test
    @Order(3)
    void aPaymentCutByAKillPaysNothingAndTheRetryPaysOnce() throws Exception {
        String casePath;
        try (Connection db = FaultDatabase.connect();
                Browser township = new Browser().login("xz-yunshan")) {
            String idNumber = TestPeople.newIdNumber();
            CaseSteps.register(township, idNumber);
            casePath = CaseSteps.awaitingPayment(idNumber, "0315", "双民认〔2026〕99号", db);
        }
        long id = CaseSteps.id(casePath);
        Map<String, String> paid =
                Map.of("paidOn", LocalDate.now().toString(), "method", "BANK_TRANSFER", "reference", "YH-FAULT-1");
        Object before;
        try (Browser payer = new Browser().login("xq-shuangyang-cw")) {
            payer.open(casePath);
            payer.waitForText("case-state", "公示期满，待拨付");
            before = FaultDatabase.value("select state from assistance_application where id = ?", id);
            Map<String, String> form = new HashMap<>(paid);
            form.put("version", payVersion(payer));
            try (var lock =
                    FaultDatabase.lock("select state from assistance_application where id = ? for update", id)) {
                var submitted = CompletableFuture.supplyAsync(() -> payer.post(casePath + "/steps/pay", form));
                lock.awaitPortalBlocked();
                FaultPortal.kill9();
                assertThat((Long) submitted.get(30, TimeUnit.SECONDS).get("status"))
                        .isEqualTo(-1L);
            }
        }
        assertThat(FaultDatabase.value("select state from assistance_application where id = ?", id))
                .isEqualTo(before)
                .isNotEqualTo("PAID");
        assertThat(payments(id)).isZero();

        FaultPortal.start();
        try (Browser payer = new Browser().login("xq-shuangyang-cw")) {
            payer.open(casePath);
            String version = payVersion(payer);
            payer.type("reference", "YH-FAULT-1");
            payer.click("do-PAY");
            payer.waitForText("case-state", "已拨付");
            var resent = new HashMap<>(paid); // the same form again, as a second click or a retry sends it
            resent.put("version", version);
            var again = payer.post(casePath + "/steps/pay", resent);
            assertThat((Long) again.get("status")).isEqualTo(400L);
        }
        assertThat(FaultDatabase.value("select state from assistance_application where id = ?", id))
                .isEqualTo("PAID");
        assertThat(payments(id)).isEqualTo(1);
    }

    /** The case's version, as the payment form carries it. */
    private static String payVersion(Browser payer) {
        return payer.all("#step-PAY input[name='version']").get(0).getAttribute("value");
    }

    private static long payments(long caseId) throws Exception {
        return FaultDatabase.count(
                "select count(*) from application_event where application_id = ? and to_state = 'PAID'", caseId);
    }

    private HttpResponse<String> settle(String token, String number) throws Exception {
        return http.send(
                HospitalRequests.post("/api/settlements", token, claim(number)), HttpResponse.BodyHandlers.ofString());
    }

    private static String claim(String number) {
        return HospitalRequests.inpatientClaim(LI_JIANGUO, number, "20400.00");
    }

    private static long claims(String number) throws Exception {
        return FaultDatabase.count("select count(*) from settled_claim where claim_number = ?", number);
    }

    private static void awaitBatch(long batch, String status) throws Exception {
        FaultDatabase.awaitRow(
                "batch " + batch + " did not become " + status,
                300,
                () -> status.equals(FaultDatabase.value("select status from exchange_batch where id = ?", batch)));
    }

    /** Waits until the apply's transaction inserts into the register (the decision alone is committed already). */
    private static void awaitPortalWriting() throws Exception {
        FaultDatabase.awaitRow(
                "the apply did not insert",
                30,
                () -> FaultDatabase.count("select count(*) from pg_stat_activity where datname = current_database()"
                                + " and state = 'active' and backend_xid is not null and pid <> pg_backend_pid()"
                                + " and query ilike 'insert into %'")
                        > 0);
    }

    /** {@value #EXCHANGE_ROWS} new people of 云山街道 and 平湖街道 on 低保, from a civil-affairs decision. */
    private static Path newPeopleList() throws IOException {
        Path file = Files.createDirectories(Path.of("target")).resolve("民政推送名单-故障测试.csv");
        String[] names = {"王秀英", "李桂兰", "张凤芝", "刘淑珍", "陈玉兰", "杨桂英", "赵秀珍", "黄凤英"};
        LocalDate first = LocalDate.of(1930, 1, 1);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("身份证号,姓名,类别,行政区划,认定日期,终止日期,文号\r\n");
            for (int i = 0; i < EXCHANGE_ROWS; i++) {
                String first17 = "220112" + first.plusDays(i / 500).format(DateTimeFormatter.BASIC_ISO_DATE)
                        + String.format("%03d", i % 500);
                out.write(first17 + ResidentId.checkCharacter(first17) + "," + names[i % names.length] + ",低保对象,"
                        + (i % 2 == 0 ? "220112001" : "220112002") + ",2026-01-01,,双民发〔2026〕99号\r\n");
            }
        }
        return file;
    }
}
