package cn.ybfp.booklets.domain;

/**
 * Four eyes (两人分办) on booklets: the clerk who started a recognition may not recognise it, and a drawn booklet is
 * re-checked by someone who did not issue it (云医保〔2020〕128号 二（四）: 随机抽审, which is worthless when the issuer
 * audits their own cards).
 */
public final class FourEyesRule {

    private FourEyesRule() {}

    /** @throws BookletsException when {@code actor} did the earlier step ({@code step}: recognise, review) */
    public static void check(String actor, String earlier, String step) {
        if (actor.equals(earlier)) {
            throw BookletsException.of(null, "fourEyes." + step, earlier);
        }
    }
}
