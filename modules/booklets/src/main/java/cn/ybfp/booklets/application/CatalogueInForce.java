package cn.ybfp.booklets.application;

import cn.ybfp.booklets.domain.CatalogueEntries;
import cn.ybfp.booklets.domain.CatalogueEntry;
import cn.ybfp.kernel.DivisionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Which catalogue applies to a patient: their pooling region's (a city's) for the year, or the province's where the
 * city has none of its own (the demo has one for all of Jilin).
 */
@ApplicationScoped
class CatalogueInForce {

    @Inject
    CatalogueEntries entries;

    /** The covered entry for the disease, or empty where the catalogue in force does not cover it. */
    Optional<CatalogueEntry> covered(DivisionCode poolingRegion, int year, String code) {
        String city = poolingRegion.value();
        String region = entries.has(city, year) ? city : city.substring(0, 2) + "0000";
        return entries.find(region, year, code).filter(CatalogueEntry::covered);
    }
}
