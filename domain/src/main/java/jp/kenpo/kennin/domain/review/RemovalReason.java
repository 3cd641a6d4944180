package jp.kenpo.kennin.domain.review;

/** Why a dependent loses status (削除理由), as the insurer's core system records it. */
public enum RemovalReason {
    /** 就職 (own health insurance). */
    EMPLOYED,
    /** 収入超過. */
    INCOME_OVER_LIMIT,
    /** 結婚. */
    MARRIED,
    /** 別居 (no longer living together where the relationship needs it, or remittance too low). */
    LIVING_APART,
    /** 国外転出. */
    MOVED_ABROAD,
    /** 死亡. */
    DIED,
    /** 75歳到達 (後期高齢者医療). */
    TURNED_75,
    /** 申立: the member declared the dependent no longer eligible. */
    DECLARED_BY_MEMBER,
    /** 未提出: no answer by the deadline. */
    NOT_SUBMITTED,
    /** その他. */
    OTHER
}
