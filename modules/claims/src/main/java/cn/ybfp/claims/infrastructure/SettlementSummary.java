package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.kernel.Money;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What a batch of cases cost, per layer and per assistance class: the policy simulator's "what would this scheme
 * pay". Memory stays constant however many cases are added.
 */
final class SettlementSummary {

    /** The key of persons without an assistance class; it sorts after the class numbers. */
    private static final String NO_CLASS = "none";

    private final Totals all = new Totals();
    private final Map<String, Totals> byClass = new TreeMap<>();

    void add(OptionalInt assistanceClass, List<Bill> bills) {
        String key = assistanceClass.isPresent() ? Integer.toString(assistanceClass.getAsInt()) : NO_CLASS;
        all.add(bills);
        byClass.computeIfAbsent(key, k -> new Totals()).add(bills);
    }

    /**
     * Adds the totals of another summary: a batch sums each chunk of cases on the thread that settled it and the
     * chunks' summaries here. The sums are exact, so the order of adding does not change them.
     */
    void add(SettlementSummary other) {
        all.add(other.all);
        other.byClass.forEach(
                (key, totals) -> byClass.computeIfAbsent(key, k -> new Totals()).add(totals));
    }

    void write(JsonGenerator out) throws IOException {
        out.writeStartObject();
        all.writeFields(out);
        out.writeObjectFieldStart("byAssistanceClass");
        for (Map.Entry<String, Totals> entry : byClass.entrySet()) {
            out.writeObjectFieldStart(entry.getKey());
            entry.getValue().writeFields(out);
            out.writeEndObject();
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    private static final class Totals {

        private long cases;
        private long claims;
        private final Map<BillAmount, BigDecimal> sums = new EnumMap<>(BillAmount.class);

        void add(List<Bill> bills) {
            cases++;
            claims += bills.size();
            for (Bill bill : bills) {
                for (BillAmount amount : BillAmount.values()) {
                    sums.merge(amount, amount.of(bill), BigDecimal::add);
                }
            }
        }

        void add(Totals other) {
            cases += other.cases;
            claims += other.claims;
            other.sums.forEach((amount, sum) -> sums.merge(amount, sum, BigDecimal::add));
        }

        void writeFields(JsonGenerator out) throws IOException {
            out.writeNumberField("cases", cases);
            out.writeNumberField("claims", claims);
            out.writeObjectFieldStart("totals");
            for (BillAmount amount : BillAmount.values()) {
                out.writeStringField(amount.jsonName, Money.plain(sums.getOrDefault(amount, Money.ZERO)));
            }
            out.writeEndObject();
        }
    }
}
