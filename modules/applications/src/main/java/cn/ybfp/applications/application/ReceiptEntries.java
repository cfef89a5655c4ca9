package cn.ybfp.applications.application;

import cn.ybfp.applications.domain.CaseRefusedException;
import cn.ybfp.applications.domain.Receipt;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.kernel.FormValues;
import cn.ybfp.kernel.Money;
import cn.ybfp.kernel.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The receipts a township clerk typed into an application (手工录入票据), read row by row, each refusal naming its row. */
final class ReceiptEntries {

    private ReceiptEntries() {}

    /** "票据第 2 行：医疗机构" */
    private static Refusal receiptLabel(int index, String field) {
        return Refusal.of(
                CaseRefusedException.TEXTS,
                "receipt.field",
                String.valueOf(index + 1),
                new Refusal.Text("field." + field));
    }

    static List<Receipt> read(List<ApplicationForm.ReceiptForm> forms, int year) {
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            var r = forms.get(i);
            if (r.isEmpty()) {
                continue;
            }
            String hospital = FormValues.text(r.hospital(), "receipts", receiptLabel(i, "hospital"), 100);
            ClaimKind kind = FormValues.choice(ClaimKind.class, r.kind(), "receipts", receiptLabel(i, "kind"));
            LocalDate date = FormValues.date(r.date(), "receipts", receiptLabel(i, "date"));
            if (date.getYear() != year) {
                throw CaseRefusedException.of(
                        "receipts", "receipt.dateOutOfYear", String.valueOf(i + 1), String.valueOf(year));
            }
            Integer level = r.hospitalLevel() == null || r.hospitalLevel().isBlank()
                    ? null
                    : FormValues.whole(r.hospitalLevel(), "receipts", receiptLabel(i, "hospitalLevel"), 1, 3);
            if (kind == ClaimKind.INPATIENT && level == null) {
                throw CaseRefusedException.of("receipts", "receipt.levelRequired", String.valueOf(i + 1));
            }
            BigDecimal total = FormValues.money(r.totalCost(), "receipts", receiptLabel(i, "totalCost"));
            BigDecimal outOfPolicy =
                    r.outOfPolicyCost() == null || r.outOfPolicyCost().isBlank()
                            ? Money.ZERO
                            : FormValues.money(r.outOfPolicyCost(), "receipts", receiptLabel(i, "outOfPolicyCost"));
            if (outOfPolicy.compareTo(total) > 0) {
                throw CaseRefusedException.of("receipts", "receipt.outOfPolicyTooHigh", String.valueOf(i + 1));
            }
            receipts.add(new Receipt(hospital, kind, date, level, total, outOfPolicy));
        }
        return receipts;
    }
}
