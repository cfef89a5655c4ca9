package cn.ybfp.claims.infrastructure;

import static java.nio.charset.StandardCharsets.UTF_8;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.kernel.Money;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;

/**
 * The answer to a settlement case, exactly in the shape of SETTLEMENT.md: one object per claim in the order
 * settled, amounts as strings with two decimals, and the bill's rule lines. Written by a Jackson generator (indented
 * for a single case, for the hospital API) or, for the batch's million answers, compact by {@link JsonBytes}: the
 * same bytes as the compact generator.
 */
public final class AnswerJson {

    private static final BillAmount[] ANSWERED = BillAmount.ANSWERED.toArray(BillAmount[]::new);
    private static final byte[][] AMOUNT_FIELDS = new byte[ANSWERED.length][];
    private static final byte[] START = ascii("{\"claims\":[");
    private static final byte[] CLAIM_ID = ascii("{\"id\":");
    private static final byte[] LINES = ascii(",\"lines\":[");
    private static final byte[] END = ascii("]}");

    static {
        for (int i = 0; i < ANSWERED.length; i++) {
            AMOUNT_FIELDS[i] = ascii(",\"" + ANSWERED[i].jsonName + "\":");
        }
    }

    private AnswerJson() {}

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

    /** As {@link #write(List, JsonGenerator)} with a compact generator, byte for byte. */
    static void write(List<Bill> bills, JsonBytes out) {
        out.raw(START);
        for (int i = 0; i < bills.size(); i++) {
            Bill bill = bills.get(i);
            if (i > 0) {
                out.raw(',');
            }
            out.raw(CLAIM_ID);
            out.string(bill.claimId());
            for (int a = 0; a < ANSWERED.length; a++) {
                out.raw(AMOUNT_FIELDS[a]);
                out.amount(ANSWERED[a].of(bill));
            }
            out.raw(LINES);
            List<String> lines = bill.lines();
            for (int l = 0; l < lines.size(); l++) {
                if (l > 0) {
                    out.raw(',');
                }
                out.string(lines.get(l));
            }
            out.raw(END);
        }
        out.raw(END);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(UTF_8);
    }
}
