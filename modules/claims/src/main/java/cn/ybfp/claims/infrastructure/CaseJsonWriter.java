package cn.ybfp.claims.infrastructure;

import cn.ybfp.claims.domain.CaseField;
import cn.ybfp.claims.domain.Claim;
import cn.ybfp.claims.domain.SettlementCase;
import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Money;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes a settlement case as JSON in the shape {@link CaseJsonReader} reads (the case generator's output). */
public final class CaseJsonWriter {

    private CaseJsonWriter() {}

    /** Writes a case in the same shape, amounts as strings with two decimals; the generator's output reads back. */
    public static void write(SettlementCase settlementCase, JsonGenerator out) throws IOException {
        out.writeStartObject();
        if (settlementCase.schemeId() != null) {
            out.writeStringField(CaseField.SCHEME.jsonName(), settlementCase.schemeId());
        }
        out.writeObjectFieldStart(CaseField.PERSON.jsonName());
        out.writeArrayFieldStart(CaseField.CATEGORIES.jsonName());
        for (AssistanceCategory category :
                settlementCase.person().categories().stream().sorted().toList()) {
            out.writeString(category.name());
        }
        out.writeEndArray();
        out.writeStringField(
                CaseField.BIRTH_DATE.jsonName(),
                settlementCase.person().birthDate().toString());
        out.writeEndObject();
        out.writeArrayFieldStart(CaseField.CLAIMS.jsonName());
        for (Claim claim : settlementCase.claims()) {
            writeClaim(claim, out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void writeClaim(Claim claim, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField(CaseField.ID.jsonName(), claim.id());
        out.writeStringField(CaseField.KIND.jsonName(), claim.kind().name());
        out.writeStringField(CaseField.DATE.jsonName(), claim.date().toString());
        if (claim.admissionDate() != null) {
            out.writeStringField(
                    CaseField.ADMISSION_DATE.jsonName(), claim.admissionDate().toString());
        }
        if (claim.hospitalLevel() != null) {
            out.writeNumberField(CaseField.HOSPITAL_LEVEL.jsonName(), claim.hospitalLevel());
        }
        out.writeStringField(CaseField.REFERRAL.jsonName(), claim.referral().name());
        out.writeBooleanField(CaseField.OUT_OF_PROVINCE.jsonName(), claim.outOfProvince());
        writeAmount(out, CaseField.TOTAL_COST, claim.totalCost());
        writeAmount(out, CaseField.OUT_OF_POLICY_COST, claim.outOfPolicyCost());
        writeAmount(out, CaseField.HOSPITAL_REDUCTION, claim.hospitalReduction());
        writeAmount(out, CaseField.SUPPLEMENTARY_INSURANCE, claim.supplementaryInsurance());
        if (claim.disease() != null) {
            out.writeStringField(CaseField.DISEASE.jsonName(), claim.disease());
        }
        out.writeEndObject();
    }

    private static void writeAmount(JsonGenerator out, CaseField field, BigDecimal amount) throws IOException {
        out.writeStringField(field.jsonName(), Money.plain(amount));
    }
}
