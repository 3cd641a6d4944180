package jp.kenpo.kennin.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import jp.kenpo.kennin.adapters.mail.MailRenderer.RenderedMail;
import jp.kenpo.kennin.application.mail.Mail;

/** What every mail must look like on arrival, whether it came over SMTP or from the outbox. */
final class ComposedMailAssertions {
    private ComposedMailAssertions() {
    }

    static void assertComposedFrom(MimeMessage message, Mail mail) throws Exception {
        RenderedMail expected = MailRenderer.forLocale(mail.language().locale()).render(mail.template(), mail.params());

        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(mail.from().value());
        assertThat(from.getPersonal()).isEqualTo(mail.fromName());
        assertThat(message.getHeader("From")[0]).startsWith("=?UTF-8?");
        assertThat(message.getRecipients(RecipientType.TO))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(mail.to().value());

        assertThat(message.getSubject()).isEqualTo(expected.subject());
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");

        ContentType type = new ContentType(message.getContentType());
        assertThat(type.getBaseType()).isEqualToIgnoringCase("text/plain");
        assertThat(type.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(message.getEncoding()).isIn("base64", "quoted-printable");
        String body = (String) message.getContent();
        assertThat(body.replace("\r\n", "\n")).isEqualTo(expected.body());
        assertThat(body).doesNotContainPattern("(?<!\r)\n");

        assertThat(message.getSentDate()).isEqualTo(Date.from(MailFixtures.CLOCK.instant()));
        assertThat(message.getHeader("Date")[0]).startsWith("Wed, 1 Jul 2026 10:02:03 +0900");
        assertThat(message.getMessageID()).matches("<[0-9a-f-]{36}@kennin\\.example\\.jp>");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(message.getHeader("MIME-Version")).containsExactly("1.0");

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        assertThat(raw.toString(StandardCharsets.ISO_8859_1)).as("7-bit clean on the wire").doesNotContainPattern("[^\\x00-\\x7F]");
    }
}
