package jp.kenpo.kennin.application.mail;

import java.time.Clock;

/**
 * Sends through the real mail port and files every mail meant for a member in the mail log with
 * its outcome, so every place that mails a member is logged without knowing about the log. A log
 * that cannot be written never stops the mail: the mail is what the member waits for.
 */
public final class MailLogging implements SendMailPort {
    private final SendMailPort delegate;
    private final MailLogPort log;
    private final Clock clock;

    public MailLogging(SendMailPort delegate, MailLogPort log, Clock clock) {
        this.delegate = delegate;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        try {
            delegate.send(mail);
        } catch (MailNotSentException e) {
            record(mail, MailLogPort.Outcome.FAILED);
            throw e;
        }
        record(mail, MailLogPort.Outcome.SENT);
    }

    private void record(Mail mail, MailLogPort.Outcome outcome) {
        mail.member().ifPresent(member -> {
            try {
                log.recordMail(new MailLogPort.MailLogEntry(member, mail.template(), clock.instant(), outcome));
            } catch (RuntimeException logFailed) {
                // The mail went (or failed) as reported; only the help desk's view of it is missing.
            }
        });
    }
}
