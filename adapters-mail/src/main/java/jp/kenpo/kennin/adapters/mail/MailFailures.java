package jp.kenpo.kennin.adapters.mail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kenpo.kennin.application.mail.Mail;
import jp.kenpo.kennin.application.mailing.OutgoingMail;
import jp.kenpo.kennin.domain.member.EmailAddress;

/**
 * The one line that says why a mail did not go: template, masked recipient, where it was going
 * (host and port, or the outbox) and the cause chain (the SMTP server's reply is in the messages of
 * Jakarta Mail's exceptions). What the server echoes can hold addresses and, in theory, parts of
 * the message, so addresses are masked and every parameter of the mail (a code, a link) is cut out
 * before the line is logged or put into an exception.
 */
final class MailFailures {
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+\\-!#$&'*/=?^`{|}~]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    /** Parameters shorter than this (minutes, "10") are not secrets and would cut digits out of replies. */
    private static final int SECRET_MIN_LENGTH = 4;

    private MailFailures() {
    }

    /** @param where for example {@code via smtp.example.jp:587} or {@code into /srv/kennin/outbox} */
    static String describe(Mail mail, String where, Throwable failure) {
        return "Mail " + mail.template() + " to " + mail.to().masked() + " not sent " + where + ": "
                + scrub(causes(failure), mail);
    }

    /**
     * The same line for a campaign mail: its text was filled in by the application and is never
     * in the cause, which is only the server's reply or the exception, with addresses masked.
     */
    static String describe(OutgoingMail mail, String where, Throwable failure) {
        return "Campaign mail to " + mail.to().masked() + " not sent " + where + ": " + masked(causes(failure));
    }

    /** A server's reply as staff may see it (the undeliverable list): one line, addresses masked. */
    static String reply(String serverReply) {
        return masked(serverReply == null ? "" : serverReply.strip().replaceAll("\\s+", " "));
    }

    /** Each cause as {@code SimpleName: message}, outermost first, without repeating a message its wrapper already shows. */
    private static String causes(Throwable failure) {
        List<String> parts = new ArrayList<>();
        String previous = null;
        for (Throwable t = failure; t != null && parts.size() < 5; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().strip();
            if (previous != null && previous.contains(message) && !message.isEmpty()) {
                continue;
            }
            parts.add(t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
            previous = message;
        }
        return String.join(" <- ", parts).replaceAll("\\s+", " ");
    }

    private static String scrub(String text, Mail mail) {
        String out = text;
        List<String> secrets = mail.params().values().stream().filter(v -> v.length() >= SECRET_MIN_LENGTH)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String secret : secrets) {
            out = out.replace(secret, "[redacted]");
        }
        return masked(out);
    }

    private static String masked(String text) {
        Matcher m = ADDRESS.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(masked, Matcher.quoteReplacement(mask(m.group())));
        }
        m.appendTail(masked);
        return masked.toString();
    }

    private static String mask(String address) {
        try {
            return EmailAddress.parse(address).masked();
        } catch (IllegalArgumentException notAnAddressWeAccept) {
            int at = address.indexOf('@');
            return address.charAt(0) + "※※※" + address.substring(at);
        }
    }
}
