package cn.ybfp.claims.application;

import cn.ybfp.claims.domain.SettledClaim;

/**
 * The form for correcting a reversed claim, pre-filled with what the reversed claim said; the clerk changes what was
 * wrong and gives a new claim number.
 */
public record CorrectionDraft(
        String idNumber,
        String corrects,
        String kind,
        String date,
        String institutionCode,
        String hospitalLevel,
        String referral,
        boolean outOfProvince,
        String totalCost,
        String outOfPolicyCost,
        String hospitalReduction,
        String supplementaryInsurance,
        String disease,
        String admissionDate) {

    static CorrectionDraft of(String idNumber, SettledClaim reversed) {
        var claim = reversed.claim();
        return new CorrectionDraft(
                idNumber,
                reversed.claimNumber(),
                claim.kind().name(),
                claim.date().toString(),
                reversed.institutionCode(),
                claim.hospitalLevel() == null ? null : claim.hospitalLevel().toString(),
                claim.referral().name(),
                claim.outOfProvince(),
                claim.totalCost().toPlainString(),
                claim.outOfPolicyCost().toPlainString(),
                claim.hospitalReduction().toPlainString(),
                claim.supplementaryInsurance().toPlainString(),
                claim.disease(),
                claim.admissionDate() == null ? null : claim.admissionDate().toString());
    }
}
