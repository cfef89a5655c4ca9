package cn.ybfp.contracts.domain;

import cn.ybfp.contracts.api.LineKind;
import cn.ybfp.contracts.domain.ContractFeePayment.Obligation;
import cn.ybfp.contracts.domain.ContractFeePayment.Outcome;
import java.util.List;
import java.util.Set;

/**
 * A contract's lines in a county's quarterly payment run (吉医保发〔2019〕52号 三（二）: 严格履行拨付程序). Every
 * obligation met by the quarter's last day and not paid by an earlier run is paid now: in its own quarter as a
 * payment, or, when a late service record made it due in a quarter already paid, as an <b>adjustment</b> (a paid run
 * is never changed). The run also says why a contract brings nothing: an obligation whose period ended in the
 * quarter without the service (missed, said once), or one still open in it.
 */
public final class QuarterlyPayment {

    private QuarterlyPayment() {}

    /** A line; {@code obligation} is null for {@link LineKind#SETTLED}. */
    public record Line(LineKind kind, Obligation obligation) {

        public boolean pays() {
            return kind == LineKind.PAYMENT || kind == LineKind.ADJUSTMENT;
        }
    }

    /**
     * @param obligations the contract's obligations as of the quarter's last day ({@link ContractFeePayment#assess})
     * @param paidBefore  the keys of the contract's obligations that an earlier run paid
     */
    public static List<Line> lines(Quarter quarter, List<Obligation> obligations, Set<String> paidBefore) {
        return obligations.stream()
                .filter(o -> !paidBefore.contains(o.key()))
                .map(o -> line(quarter, o))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /**
     * The contract's lines, or a single {@link LineKind#SETTLED} line for a contract that runs in the quarter and has
     * nothing left to bring: so that the run says something of every contract running in it.
     */
    public static List<Line> lines(
            Quarter quarter, ContractYear year, List<Obligation> obligations, Set<String> paidBefore) {
        List<Line> lines = lines(quarter, obligations, paidBefore);
        boolean runsInQuarter =
                !year.signedOn().isAfter(quarter.lastDay()) && !year.lastDay().isBefore(quarter.firstDay());
        return lines.isEmpty() && runsInQuarter ? List.of(new Line(LineKind.SETTLED, null)) : lines;
    }

    private static Line line(Quarter quarter, Obligation o) {
        if (o.outcome() == Outcome.MET) {
            return new Line(o.dueIn().compareTo(quarter) < 0 ? LineKind.ADJUSTMENT : LineKind.PAYMENT, o);
        }
        if (o.outcome() == Outcome.MISSED) {
            return quarter.contains(o.period().to()) ? new Line(LineKind.MISSED, o) : null;
        }
        boolean runsInQuarter = !o.period().from().isAfter(quarter.lastDay());
        return runsInQuarter ? new Line(LineKind.OPEN, o) : null;
    }
}
