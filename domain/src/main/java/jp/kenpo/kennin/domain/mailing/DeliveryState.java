package jp.kenpo.kennin.domain.mailing;

/** Where one mail of the outbox stands. */
public enum DeliveryState {
    /** Waiting for the worker, from its next attempt time on. */
    QUEUED,
    /** Taken by the worker and being handed to the mail server; after a crash it may go again. */
    SENDING,
    /** The mail server accepted it: never sent again. */
    SENT,
    /** Gave up after the retries ({@link RetrySchedule}): the server could not be reached or kept answering 4xx. */
    FAILED,
    /** The server refused the address for good (a 5xx answer): the member needs a letter. */
    UNDELIVERABLE;

    /** No further attempt will be made. */
    public boolean finished() {
        return this == SENT || this == FAILED || this == UNDELIVERABLE;
    }
}
