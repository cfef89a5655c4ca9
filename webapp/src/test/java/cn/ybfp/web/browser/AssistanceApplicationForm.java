package cn.ybfp.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;

/** The township's form for an application for assistance (依申请救助), as the browser tests fill it in. */
final class AssistanceApplicationForm {

    private AssistanceApplicationForm() {}

    /**
     * Finds the person for the year of the costs, enters a household of three in 云山村 with the usual materials,
     * lets {@code costs} choose settled claims or enter receipts, and submits; answers the case page's path.
     */
    static String submit(Browser township, String idNumber, int year, Consumer<Browser> costs) {
        township.open("/app/applications/new");
        township.type("find-id", idNumber);
        township.type("find-year", Integer.toString(year));
        township.click("find-person");
        township.type("village", "云山村");
        township.type("householdMembers", "3");
        township.type("householdIncome", "12000");
        township.click("declarationSigned");
        township.click("material-ID_DOCUMENT");
        township.click("material-APPLICATION_LETTER");
        township.click("material-DIAGNOSIS");
        costs.accept(township);
        township.click("submit-application");
        assertThat(township.text("notice")).contains("申请已登记");
        return township.path();
    }
}
