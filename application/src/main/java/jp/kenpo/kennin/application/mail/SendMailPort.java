package jp.kenpo.kennin.application.mail;

/** Sends a mail now; throws {@link MailNotSentException} when the server refuses it. */
public interface SendMailPort {
    void send(Mail mail);

    final class MailNotSentException extends RuntimeException {
        public MailNotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
