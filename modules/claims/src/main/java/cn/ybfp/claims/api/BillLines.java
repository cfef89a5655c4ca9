package cn.ybfp.claims.api;

import cn.ybfp.divisions.api.Jurisdiction;
import cn.ybfp.kernel.Caller;
import java.util.Optional;

/** A settlement bill's lines as an appeal sees them, and the reversal an upheld appeal makes. */
public interface BillLines {

    /** One line of a confirmed bill within the jurisdiction; empty when there is no such claim or line. */
    Optional<BillLine> line(Jurisdiction jurisdiction, long claimId, int index);

    /**
     * Reverses the claim because an appeal against it succeeded; the reason names the appeal.
     *
     * @throws cn.ybfp.kernel.InvalidInputException when the claim is already reversed
     */
    void reverse(Caller caller, long claimId, String reason);

    /** The contested line and what the appeal needs to know of its bill. */
    record BillLine(
            long claimId,
            String claimNumber,
            int index,
            String text,
            String townshipCode,
            String personName,
            String settledBy,
            boolean reversed) {}
}
