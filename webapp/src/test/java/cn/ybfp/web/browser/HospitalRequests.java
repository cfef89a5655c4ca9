package cn.ybfp.web.browser;

import java.net.URI;
import java.net.http.HttpRequest;

/** Requests of a hospital system to the settlement API, as the API tests and the fault suite send them. */
public final class HospitalRequests {

    private HospitalRequests() {}

    /** A POST of {@code body} to {@code path} of the portal with the hospital's bearer token. */
    public static HttpRequest post(String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(Browser.PORTAL + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** One level-2 inpatient claim of 2022-06-01 with 400.00 out of catalogue. */
    public static String inpatientClaim(String idNumber, String number, String totalCost) {
        return """
                {"idNumber": "%s", "claims": [{"id": "%s", "kind": "INPATIENT", "date": "2022-06-01", "admissionDate": "2022-05-25",
                 "hospitalLevel": 2, "totalCost": "%s", "outOfPolicyCost": "400.00"}]}""".formatted(idNumber, number, totalCost);
    }
}
