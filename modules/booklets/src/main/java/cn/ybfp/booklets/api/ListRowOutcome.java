package cn.ybfp.booklets.api;

/**
 * What the comparison found for one row of a health department's list (云医保〔2020〕128号 二（四））: a target person
 * of the register who may be recognised; one who already holds a booklet for the disease; a person of the register
 * who is no target person; no such person in the county's register; or a row that cannot be read, with its reason.
 */
public enum ListRowOutcome {
    ELIGIBLE,
    HOLDS_BOOKLET,
    NOT_TARGET,
    UNKNOWN_PERSON,
    BAD_ROW
}
