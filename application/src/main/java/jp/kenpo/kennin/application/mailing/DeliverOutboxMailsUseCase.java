package jp.kenpo.kennin.application.mailing;

import java.time.Duration;

/**
 * One run of the outbox worker: takes the due mails of campaigns that are not paused, hands them
 * to the mail server, records each outcome as it comes. The background job runner calls it over
 * and over; it is safe to call from several nodes at once (a mail is taken by one run only).
 */
public interface DeliverOutboxMailsUseCase {
    DeliveryRun deliverDueMails(DeliverDueMailsCommand command);

    /**
     * @param worker      who takes the mails (node and run), kept on the rows while they are sent
     * @param maxMails    at most this many mails in this run: the throttle (mails per minute) is the
     *                    caller's, who runs this every so often with the matching number
     * @param maxDuration stop taking new mails after this long
     */
    record DeliverDueMailsCommand(String worker, int maxMails, Duration maxDuration) {
    }

    /** What the run did; {@code serverDown} when it stopped early because no mail could go. */
    record DeliveryRun(int sent, int retried, int failed, int undeliverable, int recovered, boolean serverDown) {
        public int taken() {
            return sent + retried + failed + undeliverable;
        }
    }
}
