package cn.ybfp.claims.application;

import cn.ybfp.claims.api.Bill;
import cn.ybfp.claims.api.ClaimKind;
import cn.ybfp.claims.domain.SettledClaim;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A confirmed claim as the claim list, the bill page and the year's account read it, copied out of the entity
 * inside the transaction; the ID number comes masked.
 *
 * @param channel   how it was settled: {@code PORTAL} or {@code API}
 * @param corrects  the reversed claim number this one corrects, or null
 * @param reversedAt null while the claim stands
 * @param disease   an outpatient claim's disease code (医保门诊慢特病病种代码), or null
 * @param admissionDate an inpatient claim's day of admission, or null
 * @param bookletNumber the booklet that covered an outpatient chronic or special-disease claim, or null
 * @param diseaseName   that claim's disease as the region's catalogue names it, or null
 */
public record ClaimDetail(
        long id,
        String claimNumber,
        long personId,
        String personName,
        String idNumberMasked,
        String townshipCode,
        String schemeId,
        Integer assistanceClass,
        ClaimKind kind,
        LocalDate claimDate,
        int claimYear,
        String hospital,
        Integer hospitalLevel,
        Bill bill,
        String channel,
        String settledBy,
        LocalDateTime settledAt,
        String corrects,
        String reversedBy,
        LocalDateTime reversedAt,
        String reversalReason,
        long version,
        String disease,
        LocalDate admissionDate,
        String bookletNumber,
        String diseaseName) {

    public boolean isReversed() {
        return reversedAt != null;
    }

    static ClaimDetail of(SettledClaim c) {
        return new ClaimDetail(
                c.id(),
                c.claimNumber(),
                c.personId(),
                c.personName(),
                c.idNumberMasked(),
                c.townshipCode(),
                c.schemeId(),
                c.assistanceClass(),
                c.kind(),
                c.claimDate(),
                c.claimYear(),
                c.hospital(),
                c.hospitalLevel(),
                c.bill(),
                c.channel().name(),
                c.settledBy(),
                c.settledAt(),
                c.corrects(),
                c.reversedBy(),
                c.reversedAt(),
                c.reversalReason(),
                c.version(),
                c.disease(),
                c.admissionDate(),
                c.bookletNumber(),
                c.diseaseName());
    }
}
