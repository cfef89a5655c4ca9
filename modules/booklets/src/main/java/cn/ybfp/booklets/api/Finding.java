package cn.ybfp.booklets.api;

/**
 * What the re-check of a drawn booklet found (云医保〔2020〕128号 二（四）): compliant, or one of the three faults the
 * document names; every fault withdraws the booklet.
 */
public enum Finding {
    COMPLIANT,
    /** 人情诊断证明: a diagnosis not made by the health department's diagnostic rules. */
    FAVOUR_DIAGNOSIS,
    /** 人情卡: a booklet issued as a favour. */
    FAVOUR_CARD,
    /** 不按规定流程办理. */
    PROCEDURE_NOT_FOLLOWED;

    public boolean faulty() {
        return this != COMPLIANT;
    }
}
