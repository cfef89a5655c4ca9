package cn.ybfp.applications.domain;

import static cn.ybfp.applications.api.CaseAction.ACCEPT;
import static cn.ybfp.applications.api.CaseAction.ACCEPT_PENDING;
import static cn.ybfp.applications.api.CaseAction.APPROVE;
import static cn.ybfp.applications.api.CaseAction.COMPLETE;
import static cn.ybfp.applications.api.CaseAction.DETERMINE;
import static cn.ybfp.applications.api.CaseAction.END_NOTICE;
import static cn.ybfp.applications.api.CaseAction.FORWARD;
import static cn.ybfp.applications.api.CaseAction.OBJECT;
import static cn.ybfp.applications.api.CaseAction.PAY;
import static cn.ybfp.applications.api.CaseAction.REDUCE;
import static cn.ybfp.applications.api.CaseAction.REJECT;
import static cn.ybfp.applications.api.CaseAction.RETURN;
import static cn.ybfp.applications.api.CaseAction.WITHDRAW;
import static cn.ybfp.applications.api.CaseState.ACCEPTED;
import static cn.ybfp.applications.api.CaseState.APPLIED;
import static cn.ybfp.applications.api.CaseState.DETERMINED;
import static cn.ybfp.applications.api.CaseState.FINAL;
import static cn.ybfp.applications.api.CaseState.IN_NOTICE;
import static cn.ybfp.applications.api.CaseState.PAID;
import static cn.ybfp.applications.api.CaseState.PENDING_CORRECTION;
import static cn.ybfp.applications.api.CaseState.PRE_REVIEWED;
import static cn.ybfp.applications.api.CaseState.REJECTED;
import static cn.ybfp.applications.api.CaseState.WITHDRAWN;

import cn.ybfp.applications.api.CaseAction;
import cn.ybfp.applications.api.CaseState;
import cn.ybfp.kernel.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The procedure of application-based assistance: 吉政办发〔2022〕16号 五（八） "救助对象履行个人申请、乡镇（街道）受理及初审、
 * 县级民政部门会同相关部门认定身份类别、县级医保部门按规定审批的程序", with the public notice of 八（十四） ("依托乡镇（街道）
 * 做好……申请受理、初审、公示等工作") and 医保发〔2021〕10号 三（八）. Every legal transition is one row here: from which
 * state, by which action, to which state, and which role acts. Everything else is illegal, but for the reopening
 * by an appeal that overturns a decision ({@link #reopenedAt}).
 */
public final class ApplicationProcedure {

    /** One legal transition. {@code actors} empty: only the notice period's end makes it. */
    public record Step(CaseState from, CaseAction action, CaseState to, Set<Role> actors) {}

    private static final Set<Role> TOWNSHIP = EnumSet.of(Role.TOWNSHIP_STAFF);
    private static final Set<Role> COUNTY = EnumSet.of(Role.COUNTY_STAFF);
    private static final Set<Role> LOCAL = EnumSet.of(Role.TOWNSHIP_STAFF, Role.COUNTY_STAFF);
    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    private static final List<Step> STEPS = List.of(
            // 1 受理: the township checks the materials; missing ones make it pending correction
            new Step(APPLIED, ACCEPT, ACCEPTED, TOWNSHIP),
            new Step(APPLIED, ACCEPT_PENDING, PENDING_CORRECTION, TOWNSHIP),
            new Step(PENDING_CORRECTION, COMPLETE, ACCEPTED, TOWNSHIP),
            // 2 初审: the township's household survey and opinion
            new Step(ACCEPTED, FORWARD, PRE_REVIEWED, TOWNSHIP),
            new Step(ACCEPTED, REJECT, REJECTED, TOWNSHIP),
            new Step(ACCEPTED, RETURN, PENDING_CORRECTION, TOWNSHIP),
            // 3 身份认定: the county records the civil-affairs decision
            new Step(PRE_REVIEWED, DETERMINE, DETERMINED, COUNTY),
            new Step(PRE_REVIEWED, REJECT, REJECTED, COUNTY),
            new Step(PRE_REVIEWED, RETURN, PENDING_CORRECTION, COUNTY),
            // 4 审批: the county's healthcare security office, another person than step 3
            new Step(DETERMINED, APPROVE, IN_NOTICE, COUNTY),
            new Step(DETERMINED, REDUCE, IN_NOTICE, COUNTY),
            new Step(DETERMINED, REJECT, REJECTED, COUNTY),
            new Step(DETERMINED, RETURN, PENDING_CORRECTION, COUNTY),
            // 5 公示: an objection sends it back to approval; the period's end makes it final
            new Step(IN_NOTICE, OBJECT, DETERMINED, LOCAL),
            new Step(IN_NOTICE, END_NOTICE, FINAL, NOBODY),
            // 6 拨付: once
            new Step(FINAL, PAY, PAID, COUNTY));

    /** The applicant may withdraw at any time before the money is paid (see {@link #withdrawers}). */
    private static final Set<CaseState> WITHDRAWABLE =
            EnumSet.of(APPLIED, PENDING_CORRECTION, ACCEPTED, PRE_REVIEWED, DETERMINED, IN_NOTICE, FINAL);

    private ApplicationProcedure() {}

    public static Optional<Step> step(CaseState from, CaseAction action) {
        if (action == WITHDRAW) {
            return WITHDRAWABLE.contains(from)
                    ? Optional.of(new Step(from, WITHDRAW, WITHDRAWN, withdrawers(from)))
                    : Optional.empty();
        }
        return STEPS.stream()
                .filter(s -> s.from() == from && s.action() == action)
                .findFirst();
    }

    /**
     * Who records a withdrawal: the township, where the applicant applied, and the office holding the case (both
     * during the notice, when nobody holds it).
     */
    private static Set<Role> withdrawers(CaseState state) {
        Set<Role> roles = EnumSet.of(Role.TOWNSHIP_STAFF);
        waitingFor(state).ifPresentOrElse(roles::add, () -> roles.add(Role.COUNTY_STAFF));
        return roles;
    }

    /** What a role may do to a case in this state, in the order the page offers it. */
    public static List<CaseAction> actionsFor(Role role, CaseState state) {
        return java.util.Arrays.stream(CaseAction.values())
                .filter(a ->
                        step(state, a).filter(s -> s.actors().contains(role)).isPresent())
                .toList();
    }

    /** The role whose work list holds a case in this state; empty when nobody acts (closed, or in notice). */
    public static Optional<Role> waitingFor(CaseState state) {
        return switch (state) {
            case APPLIED, PENDING_CORRECTION, ACCEPTED -> Optional.of(Role.TOWNSHIP_STAFF);
            case PRE_REVIEWED, DETERMINED, FINAL -> Optional.of(Role.COUNTY_STAFF);
            case IN_NOTICE, PAID, REJECTED, WITHDRAWN -> Optional.empty();
        };
    }

    /**
     * Where an overturned decision reopens the case: a rejection at the step that rejected it, a reduced amount at
     * approval (审批).
     */
    public static CaseState reopenedAt(CaseState state, CaseState decidedAt) {
        return state == REJECTED ? decidedAt : DETERMINED;
    }

    /** Whether the decision that led into {@code state} may be appealed (a rejection, or a reduced amount not paid). */
    public static boolean appealable(CaseState state, boolean reduced) {
        return state == REJECTED || reduced && (state == IN_NOTICE || state == FINAL);
    }
}
