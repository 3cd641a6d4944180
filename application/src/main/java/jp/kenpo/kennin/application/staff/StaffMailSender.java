package jp.kenpo.kennin.application.staff;

import java.util.Objects;
import jp.kenpo.kennin.domain.member.EmailAddress;

/**
 * Who mails go out from when no insurer sends them: enrolment links for operators. An insurer's
 * staff get theirs from the insurer's own sender.
 *
 * @param name the installation's name, in place of an insurer's in the mail
 */
public record StaffMailSender(EmailAddress address, String name) {
    public StaffMailSender {
        Objects.requireNonNull(address);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
    }
}
