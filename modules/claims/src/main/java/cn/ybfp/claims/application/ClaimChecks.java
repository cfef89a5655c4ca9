package cn.ybfp.claims.application;

import cn.ybfp.booklets.api.BookletCheck;
import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.domain.Claim;
import cn.ybfp.claims.domain.SettlementEngine;
import cn.ybfp.institutions.api.Institution;
import cn.ybfp.register.api.InsuredPerson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the settlement checks and notes around the engine: the booklet that covers an outpatient disease claim, the
 * level the registry gives a claim's institution, and the lines the bill carries about them.
 */
final class ClaimChecks {

    private ClaimChecks() {}

    /**
     * What the portal and the hospital API require beyond the engine (SETTLEMENT.md {@code disease},
     * {@code admissionDate}): an inpatient claim's day of admission, and for an outpatient chronic or special-disease
     * claim its disease, covered by the region's catalogue and by the patient's booklet valid on the claim's date.
     *
     * @return the booklet and the disease's name; null for other claims
     */
    static BookletCheck.Cover coveringBooklet(BookletCheck booklets, InsuredPerson person, Claim claim) {
        if (claim.kind() == ClaimKind.INPATIENT && claim.admissionDate() == null) {
            throw SettlementException.of("admissionDate", "claim.admissionDateRequired");
        }
        if (!claim.kind().isOutpatientDisease()) {
            return null;
        }
        if (claim.disease() == null) {
            throw SettlementException.of("disease", "claim.diseaseRequired");
        }
        DiseaseKind kind = claim.kind() == ClaimKind.OUTPATIENT_SPECIAL ? DiseaseKind.SPECIAL : DiseaseKind.CHRONIC;
        return booklets.check(person.id(), person.poolingRegion(), claim.disease(), kind, claim.date());
    }

    /** The claim with the registry's level of its institution; a level that differs from it is refused. */
    static ObjectNode levelled(ObjectNode claim, Institution institution) {
        if (institution == null) {
            return claim;
        }
        JsonNode level = claim.get("hospitalLevel");
        if (level == null || level.isNull() || level.asText().isBlank()) {
            ObjectNode copy = claim.deepCopy();
            copy.put("hospitalLevel", institution.level());
            return copy;
        }
        if (!level.asText().strip().equals(String.valueOf(institution.level()))) {
            throw SettlementException.of("hospitalLevel", "institution.level", String.valueOf(institution.level()));
        }
        return claim;
    }

    static SettlementEngine.Settled withLine(SettlementEngine.Settled settled, String line) {
        return new SettlementEngine.Settled(settled.bill().withFirstLine(line), settled.change());
    }

    /** The bill's disease line with the disease's name and the booklet that covers the claim. */
    static SettlementEngine.Settled named(SettlementEngine.Settled settled, BookletCheck.Cover cover) {
        if (cover == null) {
            return settled;
        }
        String line = "病种：" + cover.disease() + " " + cover.diseaseName() + "，门诊慢特病手册 " + cover.bookletNumber();
        return withLine(settled, line);
    }
}
