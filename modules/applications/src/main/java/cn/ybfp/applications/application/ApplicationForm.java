package cn.ybfp.applications.application;

import java.util.List;

/**
 * A new application as the township clerk typed it (text, checked by the service).
 *
 * @param claimIds the person's confirmed claims of the year picked as claimed costs
 */
public record ApplicationForm(
        String idNumber,
        String village,
        String year,
        String householdMembers,
        String householdIncome,
        String assets,
        boolean declarationSigned,
        List<String> materials,
        List<String> claimIds,
        List<ReceiptForm> receipts) {

    /** A receipt entered by hand; a row left empty is skipped. */
    public record ReceiptForm(
            String hospital, String kind, String date, String hospitalLevel, String totalCost, String outOfPolicyCost) {

        boolean isEmpty() {
            return blank(hospital) && blank(date) && blank(totalCost);
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
