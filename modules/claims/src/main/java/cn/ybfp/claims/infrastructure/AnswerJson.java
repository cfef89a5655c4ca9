package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.domain.Bill;
import cn.ybfp.kernel.Money;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The answer to a settlement case, exactly in the shape of SETTLEMENT.md: one object per claim in the order
 * settled, amounts as strings with two decimals, and the bill's rule lines.
 */
public final class AnswerJson {

    private AnswerJson() {
    }

    public static void write(List<Bill> bills, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeArrayFieldStart("claims");
        for (Bill bill : bills) {
            out.writeStartObject();
            out.writeStringField("id", bill.claimId());
            for (BillAmount amount : BillAmount.ANSWERED) {
                out.writeStringField(amount.jsonName, Money.plain(amount.of(bill)));
            }
            out.writeArrayFieldStart("lines");
            for (String line : bill.lines()) {
                out.writeString(line);
            }
            out.writeEndArray();
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }
}
