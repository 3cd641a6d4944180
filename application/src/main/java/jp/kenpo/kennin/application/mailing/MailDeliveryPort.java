package jp.kenpo.kennin.application.mailing;

/**
 * Hands campaign mails to the mail server, many over one connection: the outbox worker opens a
 * session per run, the test mail one for a single mail. Never throws for a mail the server
 * refused: the answer says what to do with it.
 */
public interface MailDeliveryPort {
    DeliverySession open();

    interface DeliverySession extends AutoCloseable {
        DeliveryResult deliver(OutgoingMail mail);

        @Override
        void close();
    }

    /** What became of one mail. {@code cause} is for staff and logs: host, SMTP reply or exception, no mail content. */
    sealed interface DeliveryResult {
        /** The server accepted the mail (250 after DATA). */
        record Delivered() implements DeliveryResult {
        }

        /**
         * Try again later: the server could not be reached, dropped the connection or answered 4xx.
         * {@code serverDown} when no mail can go now (connect or authentication failed), so the
         * worker stops its run instead of failing every other mail the same way.
         */
        record RetryLater(String cause, boolean serverDown) implements DeliveryResult {
        }

        /** The server refused this address or mail for good (5xx): do not try again. */
        record Undeliverable(String reply) implements DeliveryResult {
        }
    }
}
