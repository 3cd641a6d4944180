package jp.kenpo.kennin.application.mail;

/**
 * For mails that report something already stored (a changed address, a new password): losing
 * one must not undo the change, so a refusal is reported, not thrown.
 */
public final class BestEffortMail {
    private BestEffortMail() {
    }

    /** @return false when the mail server refused the mail */
    public static boolean send(SendMailPort port, Mail mail) {
        try {
            port.send(mail);
            return true;
        } catch (SendMailPort.MailNotSentException e) {
            return false;
        }
    }
}
