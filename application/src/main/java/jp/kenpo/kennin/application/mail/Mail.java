package jp.kenpo.kennin.application.mail;

import java.util.Map;
import java.util.Objects;
import jp.kenpo.kennin.domain.member.EmailAddress;

/** A mail to send: from the insurer's sender address, rendered by the adapter from a template. */
public record Mail(EmailAddress from, String fromName, EmailAddress to, MailTemplate template, Map<String, String> params) {
    public Mail {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(template);
        fromName = fromName == null ? "" : fromName;
        params = Map.copyOf(params);
    }
}
