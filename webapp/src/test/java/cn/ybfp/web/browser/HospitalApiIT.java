package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hospital API over HTTP with tokens of the real Keycloak (client credentials of the demo hospital clients):
 * no token is 401, a preview settles nothing, a recorded claim answers the same bill when sent again and 409 when
 * its number comes with other figures, and a hospital reaches only people of its own county.
 *
 * <p>李建国 of the demo data holds 低保 (class 2) since 2022-03-01. A level-2 inpatient claim of 2022-06-01 under
 * jl-2022, 20,400.00 with 400.00 out of catalogue: basic (20,000 − 400) × 75% = 14,700.00; the rest 5,300.00 is
 * below the halved critical-illness line 7,500; assistance 5,300.00 × 70% = 3,710.00; the patient pays 400.00 +
 * 5,300.00 − 3,710.00 = 1,990.00.
 */
class HospitalApiIT {

    private static final String KEYCLOAK = System.getProperty("keycloak.url", "http://127.0.0.1:8181");
    private static final String SHUANGYANG_SECRET = System.getProperty("hospital.secret.shuangyang", "");
    private static final String YONGJI_SECRET = System.getProperty("hospital.secret.yongji", "");
    private static final String LI_JIANGUO = "220112197808050312";
    private static String shuangyang;
    private static String yongji;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void tokens() throws Exception {
        shuangyang = ClientCredentials.token(KEYCLOAK, "hospital-shuangyang", SHUANGYANG_SECRET);
        yongji = ClientCredentials.token(KEYCLOAK, "hospital-yongji", YONGJI_SECRET);
        // one hospital's secret does not open another hospital's client
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ClientCredentials.token(KEYCLOAK, "hospital-yongji", SHUANGYANG_SECRET))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAHospitalTokenNothingIsSettled() throws Exception {
        var anonymous = http.send(
                HttpRequest.newBuilder(URI.create(Browser.PORTAL + "/api/settlements/preview"))
                        .POST(HttpRequest.BodyPublishers.ofString(body(LI_JIANGUO, "X1", "100.00")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(post("/api/settlements/preview", "not-a-token", body(LI_JIANGUO, "X1", "100.00"))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aRecordedClaimIsSettledOnceAndAnsweredAgainOnRetry() throws Exception {
        String number = "API" + UUID.randomUUID().toString().substring(0, 8);
        var preview = post("/api/settlements/preview", shuangyang, body(LI_JIANGUO, number, "20400.00"));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("\"basic\":\"14700.00\"", "\"assistance\":\"3710.00\"", "\"personalPayment\":\"1990.00\"");

        var recorded = post("/api/settlements", shuangyang, body(LI_JIANGUO, number, "20400.00"));
        assertThat(recorded.statusCode()).isEqualTo(200);
        var retry = post("/api/settlements", shuangyang, body(LI_JIANGUO, number, "20400.00"));
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(recorded.body());

        var changed = post("/api/settlements", shuangyang, body(LI_JIANGUO, number, "20500.00"));
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.body()).contains(number, "不能重复结算");
    }

    @Test
    void aHospitalReachesOnlyItsCountyAndBadInputNamesTheField() throws Exception {
        var elsewhere = post("/api/settlements/preview", yongji, body(LI_JIANGUO, "Y1", "100.00"));
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.body()).contains("本辖区参保台账中没有此人");

        var bad = post("/api/settlements/preview", shuangyang, body(LI_JIANGUO, "B1", "12.345"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("费用明细 B1", "总费用");
        assertThat(post("/api/settlements/preview", shuangyang, "{").statusCode())
                .isEqualTo(400);
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return http.send(HospitalRequests.post(path, token, body), HttpResponse.BodyHandlers.ofString());
    }

    private static String body(String idNumber, String number, String totalCost) {
        return HospitalRequests.inpatientClaim(idNumber, number, totalCost);
    }
}
