package cn.ybfp.claims.domain;

/**
 * One payer of the one-stop settlement. {@link SettlementEngine} applies the layers in the order of SETTLEMENT.md;
 * each reads what the earlier ones paid, adds its own amount and one rule line, and updates the person's year.
 */
interface Layer {

    void apply(ClaimSettlement settlement);
}
