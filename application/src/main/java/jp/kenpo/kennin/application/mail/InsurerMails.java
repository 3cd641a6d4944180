package jp.kenpo.kennin.application.mail;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.kenpo.kennin.domain.insurer.Insurer;
import jp.kenpo.kennin.domain.member.EmailAddress;
import jp.kenpo.kennin.domain.member.InsuredMember;
import jp.kenpo.kennin.domain.member.MemberId;

/** Every mail goes out in the name of the member's insurer, and every template names the insurer. */
public final class InsurerMails {
    private InsurerMails() {
    }

    /** A mail from the insurer's sender; {@code insurerName} is added to {@code params}. */
    public static Mail from(Insurer insurer, EmailAddress to, MailTemplate template, Map<String, String> params) {
        return from(insurer, to, Optional.empty(), template, params);
    }

    /** A mail to the member's address on record, filed under the member in the mail log. */
    public static Mail toMember(Insurer insurer, InsuredMember member, MailTemplate template, Map<String, String> params) {
        return from(insurer, member.email(), Optional.of(member.id()), template, params);
    }

    /** A mail meant for {@code member}, sent to {@code to} (which may be an address they are moving to). */
    public static Mail from(Insurer insurer, EmailAddress to, Optional<MemberId> member, MailTemplate template,
                            Map<String, String> params) {
        Map<String, String> all = new HashMap<>(params);
        all.put("insurerName", insurer.displayName());
        return new Mail(insurer.senderAddress(), insurer.displayName(), to, template, all, member);
    }

    /** The {@code contactMail} parameter of the templates that tell the member whom to ask. */
    public static Map<String, String> contactMail(Insurer insurer) {
        return Map.of("contactMail", insurer.contact().mailAddress());
    }
}
