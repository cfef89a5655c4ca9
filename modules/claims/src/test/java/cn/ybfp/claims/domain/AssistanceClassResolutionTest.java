package cn.ybfp.claims.domain;

import static cn.ybfp.claims.domain.Cases.person;
import static cn.ybfp.claims.domain.Cases.scheme;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.kernel.AssistanceCategory;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AssistanceClassResolutionTest {

    private static OptionalInt classOf(String schemeId, AssistanceCategory... categories) {
        return AssistanceClassResolution.classOf(
                person("1970-01-01", categories), scheme(schemeId).assistance());
    }

    @Test
    void theBestClassWinsForSeveralIdentities() {
        assertThat(classOf("jl-2022", AssistanceCategory.MARGINAL_LOW_INCOME, AssistanceCategory.LOW_INCOME_GUARANTEE))
                .hasValue(2);
        assertThat(classOf("jl-2022", AssistanceCategory.ILLNESS_IMPOVERISHED, AssistanceCategory.EXTREMELY_POOR))
                .hasValue(1);
        assertThat(classOf("sd-2019", AssistanceCategory.SEVERELY_DISABLED, AssistanceCategory.LOW_INCOME_GUARANTEE))
                .hasValue(1);
    }

    @Test
    void anOrphanIsClassOneEvenWhereTheSchemeDoesNotListOrphans() {
        assertThat(classOf("jl-2022", AssistanceCategory.ORPHAN)).hasValue(1);
        assertThat(classOf("sd-2019", AssistanceCategory.ORPHAN)).hasValue(1);
    }

    @Test
    void categoriesTheSchemeGivesNoClassGetNoAssistance() {
        assertThat(classOf("jl-2022")).isEmpty();
        assertThat(classOf("jl-2022", AssistanceCategory.STABLE_LIFTED)).isEmpty();
        assertThat(classOf("jl-2022", AssistanceCategory.REGISTERED_POOR)).isEmpty();
        assertThat(classOf("sd-2019", AssistanceCategory.MARGINAL_LOW_INCOME)).isEmpty();
    }
}
