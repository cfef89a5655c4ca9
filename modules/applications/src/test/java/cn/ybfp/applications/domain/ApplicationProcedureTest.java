package cn.ybfp.applications.domain;

import static cn.ybfp.applications.api.CaseAction.*;
import static cn.ybfp.applications.api.CaseState.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.kernel.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every state against every action: exactly the transitions written down here are legal. */
class ApplicationProcedureTest {

    /** state → (action → next state), written out by hand from 吉政办发〔2022〕16号 五（八） and the issue. */
    private static final Map<CaseState, Map<CaseAction, CaseState>> LEGAL = Map.of(
            APPLIED, Map.of(ACCEPT, ACCEPTED, ACCEPT_PENDING, PENDING_CORRECTION, WITHDRAW, WITHDRAWN),
            PENDING_CORRECTION, Map.of(COMPLETE, ACCEPTED, WITHDRAW, WITHDRAWN),
            ACCEPTED, Map.of(FORWARD, PRE_REVIEWED, REJECT, REJECTED, RETURN, PENDING_CORRECTION, WITHDRAW, WITHDRAWN),
            PRE_REVIEWED,
                    Map.of(DETERMINE, DETERMINED, REJECT, REJECTED, RETURN, PENDING_CORRECTION, WITHDRAW, WITHDRAWN),
            DETERMINED,
                    Map.of(
                            APPROVE,
                            IN_NOTICE,
                            REDUCE,
                            IN_NOTICE,
                            REJECT,
                            REJECTED,
                            RETURN,
                            PENDING_CORRECTION,
                            WITHDRAW,
                            WITHDRAWN),
            IN_NOTICE, Map.of(OBJECT, DETERMINED, END_NOTICE, FINAL, WITHDRAW, WITHDRAWN),
            FINAL, Map.of(PAY, PAID, WITHDRAW, WITHDRAWN),
            PAID, Map.of(),
            REJECTED, Map.of(),
            WITHDRAWN, Map.of());

    @Test
    void exactlyTheWrittenTransitionsAreLegal() {
        List<String> wrong = new ArrayList<>();
        for (CaseState state : CaseState.values()) {
            for (CaseAction action : CaseAction.values()) {
                CaseState expected = LEGAL.get(state).get(action);
                CaseState actual = ApplicationProcedure.step(state, action)
                        .map(ApplicationProcedure.Step::to)
                        .orElse(null);
                if (expected != actual) {
                    wrong.add(state + " --" + action + "--> " + actual + ", expected " + expected);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void eachRoleIsOfferedOnlyItsOwnSteps() {
        assertThat(ApplicationProcedure.actionsFor(Role.TOWNSHIP_STAFF, APPLIED))
                .containsExactly(ACCEPT, ACCEPT_PENDING, WITHDRAW);
        assertThat(ApplicationProcedure.actionsFor(Role.COUNTY_STAFF, APPLIED)).isEmpty(); // the township holds it
        assertThat(ApplicationProcedure.actionsFor(Role.TOWNSHIP_STAFF, PRE_REVIEWED))
                .containsExactly(WITHDRAW);
        assertThat(ApplicationProcedure.actionsFor(Role.COUNTY_STAFF, DETERMINED))
                .containsExactly(APPROVE, REDUCE, REJECT, RETURN, WITHDRAW);
        assertThat(ApplicationProcedure.actionsFor(Role.TOWNSHIP_STAFF, IN_NOTICE))
                .containsExactly(OBJECT, WITHDRAW);
        assertThat(ApplicationProcedure.actionsFor(Role.COUNTY_STAFF, IN_NOTICE))
                .containsExactly(OBJECT, WITHDRAW);
        assertThat(ApplicationProcedure.actionsFor(Role.COUNTY_STAFF, FINAL)).containsExactly(PAY, WITHDRAW);
        assertThat(ApplicationProcedure.actionsFor(Role.PROVINCE_SUPERVISOR, DETERMINED))
                .isEmpty();
        for (CaseState closed : Set.of(PAID, REJECTED, WITHDRAWN)) {
            assertThat(ApplicationProcedure.actionsFor(Role.COUNTY_STAFF, closed))
                    .isEmpty();
        }
    }

    @Test
    void nobodyEndsANoticeByHand() {
        assertThat(ApplicationProcedure.step(IN_NOTICE, END_NOTICE)
                        .orElseThrow()
                        .actors())
                .isEmpty();
    }

    @Test
    void aDecisionReopensAtTheStepThatMadeIt() {
        assertThat(ApplicationProcedure.reopenedAt(REJECTED, ACCEPTED)).isEqualTo(ACCEPTED);
        assertThat(ApplicationProcedure.reopenedAt(REJECTED, DETERMINED)).isEqualTo(DETERMINED);
        assertThat(ApplicationProcedure.reopenedAt(IN_NOTICE, DETERMINED)).isEqualTo(DETERMINED);
        assertThat(ApplicationProcedure.appealable(REJECTED, false)).isTrue();
        assertThat(ApplicationProcedure.appealable(FINAL, true)).isTrue();
        assertThat(ApplicationProcedure.appealable(FINAL, false)).isFalse();
        assertThat(ApplicationProcedure.appealable(PAID, true)).isFalse();
    }
}
