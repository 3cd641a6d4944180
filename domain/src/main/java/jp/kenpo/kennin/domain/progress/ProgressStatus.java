package jp.kenpo.kennin.domain.progress;

/**
 * Where a member stands in a survey year, as the dashboard counts them. Every member of the
 * insurer has exactly one, kept up to date as things happen; {@link #EXPIRED} is never stored
 * but read off the deadline: a member still short of submitting when their deadline (or their
 * extension) has passed.
 */
public enum ProgressStatus {
    /** 未登録: no account for this year yet. */
    UNREGISTERED,
    /** 登録済: registered, nothing answered. */
    REGISTERED,
    /** 回答中. */
    ANSWERING,
    /** 提出済: with staff, not every dependent decided yet. */
    SUBMITTED,
    /** 差し戻し中: at least one response sent back to the member. */
    RETURNED,
    /** 確認完了: every dependent decided, none removed. */
    CONFIRMED,
    /** 削除決定: every dependent decided, at least one removed. */
    REMOVAL_DECIDED,
    /** 未提出のまま期限切れ (derived, never stored). */
    EXPIRED,
    /** 対象外: no dependent in the year's scope. */
    OUT_OF_SCOPE;

    /** Statuses of members who have not handed their survey over yet: past the deadline they count as {@link #EXPIRED}. */
    public boolean notYetSubmitted() {
        return this == UNREGISTERED || this == REGISTERED || this == ANSWERING;
    }
}
