package cn.ybfp.contracts.domain;

import cn.ybfp.kernel.AssistanceCategory;
import cn.ybfp.kernel.Money;
import java.math.BigDecimal;
import java.util.Set;

/**
 * What the resident pays of the contract fee: the package's personal share, or nothing for a person holding, on the
 * signing day, a category that the year's contract-fee policy exempts (the demo exempts those the year's enrolment
 * subsidy covers: 吉医保发〔2019〕52号 三（二） leaves the split to local policy).
 */
public final class PersonalShare {

    private PersonalShare() {}

    public static BigDecimal of(PackageTerms terms, Set<AssistanceCategory> held, Set<AssistanceCategory> exempt) {
        boolean exempted = held.stream().anyMatch(exempt::contains);
        return exempted ? Money.ZERO : Money.round(terms.residentShare());
    }
}
