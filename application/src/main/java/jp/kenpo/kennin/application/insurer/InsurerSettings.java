package jp.kenpo.kennin.application.insurer;

import java.util.Objects;
import jp.kenpo.kennin.domain.credential.CredentialPolicy;
import jp.kenpo.kennin.domain.eligibility.InsurerOverrides;
import jp.kenpo.kennin.domain.insurer.InsurerContact;
import jp.kenpo.kennin.domain.member.EmailAddress;

/** What a 管理者 sets for their insurer; the survey year is not among it (it moves only by opening a year). */
public record InsurerSettings(String displayName, EmailAddress senderAddress, InsurerContact contact,
                              CredentialPolicy credentialPolicy, InsurerOverrides overrides) {
    public InsurerSettings {
        Objects.requireNonNull(displayName);
        Objects.requireNonNull(senderAddress);
        Objects.requireNonNull(contact);
        Objects.requireNonNull(credentialPolicy);
        Objects.requireNonNull(overrides);
    }
}
