package cn.ybfp.register.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.Caller;
import cn.ybfp.kernel.DivisionCode;
import cn.ybfp.kernel.PageOf;
import cn.ybfp.kernel.Role;
import cn.ybfp.register.api.PersonSearch;
import cn.ybfp.register.domain.People;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A wide search is counted only up to 1,000 people, and paged no further than those. */
class PersonQueriesCountTest {

    private static final Caller COUNTY =
            new Caller("xq-shuangyang", "刘洋", Role.COUNTY_STAFF, DivisionCode.of("220112"));
    private static final PersonSearch SURNAME = new PersonSearch(null, "王", null, null, null, 2026, null);

    /** What the queries asked the register: the count's limit and the search's offset. */
    private final List<Integer> limits = new ArrayList<>();

    private final List<Integer> offsets = new ArrayList<>();

    private PersonQueries queriesOver(long matches) {
        var queries = new PersonQueries();
        queries.clock = cn.ybfp.kernel.Beijing.clock();
        queries.people = (People) Proxy.newProxyInstance(
                People.class.getClassLoader(),
                new Class<?>[] {People.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "count" -> {
                        limits.add((Integer) args[3]);
                        yield Math.min(matches, (Integer) args[3]);
                    }
                    case "search" -> {
                        offsets.add((Integer) args[3]);
                        yield List.of();
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return queries;
    }

    @Test
    void aSearchWithTensOfThousandsOfMatchesSaysMoreThanAThousand() {
        PageOf<PersonSummary> page = queriesOver(23_130).search(COUNTY, SURNAME, 1);
        assertThat(limits).containsExactly(1_001);
        assertThat(page.total()).isEqualTo(1_000);
        assertThat(page.more()).isTrue();
        assertThat(page.pages()).isEqualTo(50);
    }

    @Test
    void aSearchOfExactlyAThousandIsCountedExactly() {
        PageOf<PersonSummary> page = queriesOver(1_000).search(COUNTY, SURNAME, 1);
        assertThat(page.total()).isEqualTo(1_000);
        assertThat(page.more()).isFalse();
    }

    @Test
    void aPageBeyondTheFiftiethShowsTheFiftieth() {
        PageOf<PersonSummary> page = queriesOver(23_130).search(COUNTY, SURNAME, 51);
        assertThat(page.page()).isEqualTo(50);
        assertThat(offsets).containsExactly(49 * 20);
    }
}
