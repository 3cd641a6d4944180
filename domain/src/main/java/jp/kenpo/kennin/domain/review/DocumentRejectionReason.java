package jp.kenpo.kennin.domain.review;

/** Why staff refuse one uploaded file; the member sees which file and why, and uploads again. */
public enum DocumentRejectionReason {
    /** マイナンバーが写っている. */
    SHOWS_MY_NUMBER,
    /** 不鮮明. */
    UNREADABLE,
    /** 一部が切れている. */
    CUT_OFF,
    /** 書類が違う. */
    WRONG_DOCUMENT,
    /** 有効期限切れ・古い. */
    OUT_OF_DATE
}
