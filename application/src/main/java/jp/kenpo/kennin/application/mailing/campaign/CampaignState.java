package jp.kenpo.kennin.application.mailing.campaign;

/** Where a campaign stands, as the mailing page shows it (予定 / 送信中 / 一時停止 / 完了 / 中止). */
public enum CampaignState {
    /** Its start time has not come yet (or the worker has not started it yet). */
    SCHEDULED,
    /** Started: mails are waiting or being handed to the server. */
    SENDING,
    /** Staff paused it: the worker takes none of its mails until it is resumed. */
    PAUSED,
    /** Started and every mail has an outcome. */
    DONE,
    /** Cancelled before it started. */
    CANCELLED
}
