package cn.ybfp.claims.application;

/**
 * The claim number is already settled (or the person's year changed under us): the request is refused and nothing
 * changes. The API answers 409.
 */
public class ClaimConflictException extends SettlementException {

    public ClaimConflictException(String field, String message) {
        super(field, message);
    }
}
