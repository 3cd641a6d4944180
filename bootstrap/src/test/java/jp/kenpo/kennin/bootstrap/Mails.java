package jp.kenpo.kennin.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;

/** What a test's GreenMail received. */
public final class Mails {
    private Mails() {
    }

    /** The newest mail to {@code address} (waiting up to 5 s for a first mail to arrive at all). */
    public static MimeMessage lastTo(GreenMailExtension mail, String address) {
        try {
            mail.waitForIncomingEmail(5_000, 1);
            MimeMessage last = null;
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                    last = m;
                }
            }
            assertThat(last).as("a mail to %s", address).isNotNull();
            return last;
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of a plain-text mail. */
    public static String body(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (java.io.IOException | jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
