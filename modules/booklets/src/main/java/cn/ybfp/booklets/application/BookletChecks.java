package cn.ybfp.booklets.application;

import cn.ybfp.booklets.api.BookletCheck;
import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.domain.Booklet;
import cn.ybfp.booklets.domain.BookletDisease;
import cn.ybfp.booklets.domain.Booklets;
import cn.ybfp.booklets.domain.BookletsException;
import cn.ybfp.booklets.domain.CatalogueEntry;
import cn.ybfp.booklets.domain.DiseaseCode;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * The booklet check the claims module asks before it settles an outpatient chronic or special-disease claim. A
 * refusal is an answer, not a failure: it must not mark the caller's transaction for rollback, since a caller may
 * try the next disease (a contract's chronic package) and go on to save.
 */
@ApplicationScoped
@Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = InvalidInputException.class)
public class BookletChecks implements BookletCheck {

    @Inject
    CatalogueInForce catalogue;

    @Inject
    Booklets booklets;

    @Override
    public Cover check(long personId, DivisionCode poolingRegion, String disease, DiseaseKind kind, LocalDate day) {
        String code = DiseaseCode.typed(disease, "disease").value();
        CatalogueEntry entry = catalogue
                .covered(poolingRegion, day.getYear(), code)
                .orElseThrow(
                        () -> BookletsException.of("disease", "claim.notCovered", code, String.valueOf(day.getYear())));
        if (entry.kind() != kind) {
            throw BookletsException.of("disease", "claim.kind", code, entry.kind());
        }
        for (BookletDisease listed : booklets.diseasesOfPerson(personId)) {
            if (listed.disease().equals(code) && listed.covers(kind, day)) {
                Booklet booklet = booklets.find(listed.bookletId()).orElseThrow();
                if (booklet.validOn(day)) {
                    return new Cover(booklet.number(), code, entry.name());
                }
            }
        }
        throw BookletsException.of("disease", "claim.noBooklet", code, day.toString());
    }
}
