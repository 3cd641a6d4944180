package jp.kenpo.kennin.application.mail;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.kenpo.kennin.domain.account.Language;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.MemberId;

/**
 * A mail to send: from the insurer's sender address, rendered by the adapter from a template.
 *
 * @param member   the member it is meant for, when it is one: the mail log files it under them so
 *                 the help desk can tell a caller which mails went out ({@link MailLogging})
 * @param language the language the adapter renders the template in: the member's choice
 */
public record Mail(EmailAddress from, String fromName, EmailAddress to, MailTemplate template, Map<String, String> params,
                   Optional<MemberId> member, Language language) {
    public Mail {
        Objects.requireNonNull(language);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(template);
        Objects.requireNonNull(member);
        fromName = fromName == null ? "" : fromName;
        params = Map.copyOf(params);
    }

    /** In the default language (Japanese). */
    public Mail(EmailAddress from, String fromName, EmailAddress to, MailTemplate template, Map<String, String> params,
                Optional<MemberId> member) {
        this(from, fromName, to, template, params, member, Language.DEFAULT);
    }

    /** The same mail in another language. */
    public Mail in(Language other) {
        return new Mail(from, fromName, to, template, params, member, other);
    }

    /** A mail to nobody on the roster (for example a staff member). */
    public Mail(EmailAddress from, String fromName, EmailAddress to, MailTemplate template, Map<String, String> params) {
        this(from, fromName, to, template, params, Optional.empty());
    }
}
