package cn.ybfp.booklets.application;

import cn.ybfp.booklets.api.BookletHolders;
import cn.ybfp.booklets.api.DiseaseKind;
import cn.ybfp.booklets.domain.Booklet;
import cn.ybfp.booklets.domain.BookletDisease;
import cn.ybfp.booklets.domain.Booklets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link BookletHolders}: the booklets of an area and their diseases, read in two queries. */
@ApplicationScoped
@Transactional
public class ChronicHolders implements BookletHolders {

    @Inject
    Booklets booklets;

    @Override
    public Map<Long, String> chronicHolders(String townshipPattern, Collection<String> diseases, LocalDate day) {
        Map<Long, Booklet> valid = booklets.list(townshipPattern, Integer.MAX_VALUE).stream()
                .filter(b -> b.validOn(day))
                .collect(Collectors.toMap(Booklet::id, b -> b));
        Set<Long> persons = valid.values().stream().map(Booklet::personId).collect(Collectors.toSet());
        Map<Long, String> holders = new HashMap<>();
        for (BookletDisease d : booklets.diseasesOfPersons(persons)) {
            Booklet b = valid.get(d.bookletId());
            if (b != null && diseases.contains(d.disease()) && d.covers(DiseaseKind.CHRONIC, day)) {
                holders.put(b.personId(), b.township());
            }
        }
        return holders;
    }
}
